#!/usr/bin/env node
/**
 * `npm run serve:prod`: the production web build (dist/h5, built first if missing) served by nginx with the site's
 * own configuration (deploy/nginx/) in the foreground on 127.0.0.1:${PORT:-8080}. No root needed; temp and log
 * files go under .nginx/ (git-ignored). Ctrl-C or SIGTERM stops it and leaves no nginx process behind.
 */
const fs = require('node:fs')
const path = require('node:path')
const { startNginx, nginxMissing } = require('./lib/nginx')
const { runBuild } = require('../test/support/build')

const root = path.resolve(__dirname, '..')
const webRoot = path.join(root, 'dist', 'h5')
const port = Number(process.env.PORT || 8080)

async function main() {
  const missing = nginxMissing()
  if (missing) {
    console.error(missing)
    process.exit(1)
  }
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
    console.log('› no web build yet: building dist/h5 …')
    runBuild('h5', webRoot)
  }
  const server = await startNginx({ webRoot, port, prefix: path.join(root, '.nginx', 'serve') })
  console.log(`nginx serving ${path.relative(root, webRoot)} at ${server.url}  (a room: ${server.url}r/legal)\nCtrl-C to stop.`)
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => server.stop().then(() => process.exit(0)))
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
