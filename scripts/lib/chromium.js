/** Launches Debian's Chromium through playwright-core, with the flags this closed network needs. */
const fs = require('node:fs')

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const INSTALL_HINT = `Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`

async function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(INSTALL_HINT)
  const { chromium } = require('playwright-core')
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
}

/** A phone-shaped page context: 375×812, device scale 2, touch. */
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

module.exports = { launchChromium, PHONE, INSTALL_HINT }
