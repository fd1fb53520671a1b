#!/usr/bin/env node
/**
 * `npm run build:weapp` / `npm run build:h5`: the production build into dist/<platform> (or --out DIR), and for the
 * web the steps after Taro's (scripts/web/finish-build.js). The tests and the benchmark build through the same
 * function (test/support/build.js), so what they check is what this writes.
 */
const path = require('node:path')
const { runBuild } = require('../test/support/build')

const [platform] = process.argv.slice(2)
const outArg = process.argv.indexOf('--out')
if (platform !== 'weapp' && platform !== 'h5') {
  console.error('usage: node scripts/build.js <weapp|h5> [--out DIR]')
  process.exit(2)
}
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(__dirname, '..', 'dist', platform))
try {
  const ms = runBuild(platform, out)
  console.log(`✓ ${platform} → ${path.relative(process.cwd(), out) || '.'} (${(ms / 1000).toFixed(1)} s)`)
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
