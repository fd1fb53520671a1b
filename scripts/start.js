#!/usr/bin/env node
/**
 * `npm start`: production builds for WeChat (dist/weapp, opened by WeChat DevTools through project.config.json)
 * and H5 (dist/h5), then serves the H5 preview on 127.0.0.1 until Ctrl-C.
 * Options: --port N (default 10086, or $PORT), --no-build (serve the existing dist/h5).
 */
const { spawnSync } = require('node:child_process')
const path = require('node:path')
const { serve } = require('./lib/static-server')

const root = path.resolve(__dirname, '..')
const portArg = process.argv.indexOf('--port')
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 10086)

function build(type) {
  console.log(`\n› building ${type} …`)
  const taro = require.resolve('@tarojs/cli/bin/taro')
  const run = spawnSync(process.execPath, [taro, 'build', '--type', type], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (run.status !== 0) {
    console.error(`✗ the ${type} build failed (run \`npm run build:${type}\` to see why)`)
    process.exit(1)
  }
  console.log(`✓ ${type} → ${path.join('dist', type)}`)
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    build('weapp')
    build('h5')
  }
  const server = await serve(path.join(root, 'dist/h5'), { port })
  console.log(`
H5 preview:      ${server.url}
WeChat DevTools: import the folder ${root}
                 (project.config.json points at dist/weapp; the tourist AppID needs no account)
Ctrl-C to stop.`)
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
