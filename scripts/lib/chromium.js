/**
 * Debian's Chromium driven by playwright-core, as a resident's phone: 375×812 CSS px, DPR 2, touch, mobile.
 */
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  hasTouch: true,
  isMobile: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Urumqi',
  userAgent:
    'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
}

const INSTALL_HELP = [
  `Chromium was not found at ${CHROMIUM}; the H5 end-to-end tests need it and FAIL without it (they do not skip).`,
  'Install it (Debian/Ubuntu):  sudo apt-get update && sudo apt-get install -y chromium',
  'or point CHROMIUM_PATH at an installed Chromium/Chrome:  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n')

function chromiumMissing() {
  try {
    fs.accessSync(CHROMIUM, fs.constants.X_OK)
    return null
  } catch {
    return INSTALL_HELP
  }
}

/** Launches Chromium with a fresh user-data-dir (removed on close). */
async function launch() {
  const missing = chromiumMissing()
  if (missing) throw new Error(missing)
  const { chromium } = require('playwright-core')
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-e2e-'))
  let context
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      ...PHONE,
    })
  } catch (error) {
    fs.rmSync(userDataDir, { recursive: true, force: true })
    throw error
  }
  return {
    context,
    async close() {
      await context.close().catch(() => undefined)
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** A plain browser, for scripts that open one fresh context per shot (each with its own storage). */
async function launchBrowser() {
  const missing = chromiumMissing()
  if (missing) throw new Error(missing)
  const { chromium } = require('playwright-core')
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
}

module.exports = { launch, launchBrowser, chromiumMissing, CHROMIUM, FLAGS, PHONE, INSTALL_HELP }
