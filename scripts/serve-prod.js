#!/usr/bin/env node
/**
 * `npm run serve:prod`: the production web build (dist/h5, built first if missing) served by nginx with the site's
 * own configuration (deploy/nginx/) in the foreground on 127.0.0.1:${PORT:-8080}. No root needed; temp and log
 * files go under .nginx/ (git-ignored). Ctrl-C or SIGTERM stops it and leaves no nginx process behind.
 * With STAFF_PASSWORD set, the staff page can publish (user `staff`); the published updates are kept in
 * .nginx/data/live/ between runs. Without it /live/ is read-only.
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
  const staffPassword = process.env.STAFF_PASSWORD || undefined
  const server = await startNginx({
    webRoot,
    port,
    prefix: path.join(root, '.nginx', 'serve'),
    dataDir: path.join(root, '.nginx', 'data'),
    staffPassword,
  })
  console.log(`nginx serving ${path.relative(root, webRoot)} at ${server.url}  (a room: ${server.url}r/legal)`)
  console.log(
    staffPassword
      ? `Staff page: ${server.url}staff/ — publishing on (user staff, the password in STAFF_PASSWORD); updates in ${path.relative(root, server.dataDir)}/live/`
      : `Staff page: ${server.url}staff/ — publishing off (set STAFF_PASSWORD to switch it on)`,
  )
  console.log('Ctrl-C to stop.')
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => server.stop().then(() => process.exit(0)))
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
