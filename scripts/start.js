#!/usr/bin/env node
/**
 * `npm start`: production builds for WeChat (dist/weapp, opened by WeChat DevTools through project.config.json)
 * and the web (dist/h5), then serves the web build on 127.0.0.1 as production does (nginx with the site's
 * configuration when installed, else the same rules in Node; scripts/lib/web-server.js) until Ctrl-C.
 * Options: --port N (default 10086, or $PORT), --no-build (serve the existing dist/h5).
 */
const path = require('node:path')
const { runBuild } = require('../test/support/build')
const { startWebServer } = require('./lib/web-server')

const root = path.resolve(__dirname, '..')
const portArg = process.argv.indexOf('--port')
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT || 10086)

function build(platform) {
  console.log(`\n› building ${platform} …`)
  try {
    runBuild(platform, path.join(root, 'dist', platform))
  } catch (error) {
    console.error(`✗ the ${platform} build failed:\n${error.message}`)
    process.exit(1)
  }
  console.log(`✓ ${platform} → ${path.join('dist', platform)}`)
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    build('weapp')
    build('h5')
  }
  const server = await startWebServer({ webRoot: path.join(root, 'dist', 'h5'), port })
  console.log(`
Web preview:     ${server.url}  (a door code's link: ${server.url}r/legal; served by ${server.kind === 'nginx' ? 'nginx, as in production' : 'Node — install nginx to preview with the production server'})
WeChat DevTools: import the folder ${root}
                 (project.config.json points at dist/weapp; the tourist AppID needs no account)
Ctrl-C to stop.`)
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => server.stop().then(() => process.exit(0)))
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
