const fs = require('node:fs')
const path = require('node:path')
const { root } = require('../support/build')

/** Merges the per-page simulator metrics into test-results/weapp-first-setdata.json (read by npm run bench). */
module.exports = async function globalTeardown() {
  const dir = path.join(root, 'test-results', 'weapp-pages')
  if (!fs.existsSync(dir)) return
  const pages = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
  const out = path.join(root, 'test-results', 'weapp-first-setdata.json')
  fs.writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), build: process.env.WEAPP_DIST || '.test-build/weapp', pages }, null, 2)}\n`)
}
