const fs = require('node:fs')
const path = require('node:path')
const { ensureBuild, root } = require('../support/build')

/** One production weapp build per test run, shared by every test file (WEAPP_DIST: test that build instead). */
module.exports = async function globalSetup() {
  fs.rmSync(path.join(root, 'test-results', 'weapp-pages'), { recursive: true, force: true })
  if (process.env.WEAPP_DIST) {
    console.log(`\n[build] testing the weapp build at ${process.env.WEAPP_DIST} (WEAPP_DIST)`)
    return
  }
  console.log('')
  ensureBuild('weapp')
}
