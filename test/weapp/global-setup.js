const fs = require('node:fs')
const path = require('node:path')
const { ensureBuild, root } = require('../support/build')
const { UPDATES_BUILD } = require('../support/builds')

/**
 * One production weapp build per test run, shared by every test file (WEAPP_DIST: test that build instead), and
 * the same app built with an updates URL for the updates test.
 */
module.exports = async function globalSetup() {
  fs.rmSync(path.join(root, 'test-results', 'weapp-pages'), { recursive: true, force: true })
  if (process.env.WEAPP_DIST) {
    console.log(`\n[build] testing the weapp build at ${process.env.WEAPP_DIST} (WEAPP_DIST)`)
    return
  }
  console.log('')
  ensureBuild('weapp')
  ensureBuild('weapp', UPDATES_BUILD)
}
