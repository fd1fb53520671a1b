const { ensureBuild } = require('../support/build')
const { UPDATES_BUILD } = require('../support/builds')
const { chromiumMissing } = require('../../scripts/lib/chromium')
const { nginxMissing } = require('../../scripts/lib/nginx')

/**
 * Fails loudly when Chromium or nginx is missing (never skips), then builds .test-build/h5 once (H5_DIST: test
 * that).
 */
module.exports = async function globalSetup() {
  const missing = chromiumMissing() || nginxMissing()
  if (missing) {
    const line = '='.repeat(100)
    console.error(`\n${line}\n${missing}\n${line}\n`)
    throw new Error(missing)
  }
  if (process.env.H5_DIST) {
    console.log(`\n[build] testing the H5 build at ${process.env.H5_DIST} (H5_DIST)`)
    return
  }
  console.log('')
  ensureBuild('h5')
  ensureBuild('h5', UPDATES_BUILD)
}
