/**
 * Shared by the H5 end-to-end tests: serves the production H5 build, launches Chromium as a phone, and watches
 * every page for errors, console errors and requests that leave 127.0.0.1.
 */
const fs = require('node:fs')
const path = require('node:path')
const { outputDir, root } = require('../support/build')
const { launch } = require('../../scripts/lib/chromium')
const { serve } = require('../../scripts/lib/static-server')

/** The H5 build under test: .test-build/h5 (built by globalSetup); H5_DIST points elsewhere. */
const dist = process.env.H5_DIST ? path.resolve(process.env.H5_DIST) : outputDir('h5')
const RESULTS = path.join(root, 'test-results')

/** Hash-router URL of a page, e.g. route('pages/room/index?id=legal'). */
const route = (base, pagePath) => `${base}#/${pagePath}`

/**
 * The browser asks every host for /favicon.ico by itself. With publicPath './' the app can be deployed under any
 * path, so the host root is not the build's to serve; that one 404 is the host's, not the page's. Nothing else
 * is excused.
 */
const isFaviconNoise = (msg) => /\/favicon\.ico$/.test(msg.location().url || '') && /404/.test(msg.text())

/** Records requests that would leave 127.0.0.1 into `external`, and aborts them: nothing may leave the machine. */
async function blockExternal(context, external) {
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (r) => {
      external.push(r.request().url())
      return r.abort('blockedbyclient')
    },
  )
}

/** Records the page's uncaught errors, console errors (but the host's favicon 404) and crashes into `problems`. */
function watchPage(page, problems) {
  page.on('pageerror', (error) => problems.push({ kind: 'pageerror', url: page.url(), text: error.stack || error.message }))
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !isFaviconNoise(msg)) {
      problems.push({ kind: 'console.error', url: page.url(), text: msg.text(), at: msg.location().url })
    }
  })
  page.on('crash', () => problems.push({ kind: 'crash', url: page.url(), text: 'page crashed' }))
}

async function startSession({ clockAt } = {}) {
  const server = await serve(dist)
  const browser = await launch()
  const { context } = browser
  const problems = []
  const external = []
  const telNavigations = []
  await blockExternal(context, external)
  if (clockAt) await context.clock.install({ time: clockAt })

  const pages = []
  async function newPage() {
    const page = await context.newPage()
    pages.push(page)
    watchPage(page, problems)
    // tel: links never reach the network layer; the renderer asks the browser to navigate, which CDP reports.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Page.enable')
    cdp.on('Page.frameRequestedNavigation', (e) => {
      if (!/^https?:/.test(e.url)) telNavigations.push({ url: e.url, reason: e.reason, disposition: e.disposition })
    })
    return page
  }

  return {
    server,
    context,
    problems,
    external,
    telNavigations,
    newPage,
    url: (pagePath) => route(server.url, pagePath),
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/**
 * The element of the page the router is showing. Taro keeps earlier pages in the DOM (hidden) and gives each page
 * element the id "/<page path>?stamp=…"; with `pagePath` ('pages/room/index'), only that page's element counts,
 * so text from the page being left behind can never satisfy a wait.
 */
function currentPage(page, pagePath) {
  const selector = pagePath ? `.taro_page[id^="/${pagePath.split('?')[0]}"]` : '.taro_page'
  return page.locator(`${selector}:visible`).last()
}

/** Waits until `pagePath` is the page shown and (optionally) shows `text`. */
async function waitForPage(page, pagePath, text) {
  const shown = currentPage(page, pagePath)
  await shown.waitFor({ state: 'visible', timeout: 20000 })
  if (text) await shown.getByText(text, { exact: false }).first().waitFor({ timeout: 20000 })
  await page.waitForLoadState('load')
}

/** Visible text of the page shown (whitespace collapsed). */
async function shownText(page, pagePath) {
  const text = await currentPage(page, pagePath).innerText()
  return text.replace(/\s+/g, ' ')
}

function resultsDir(...parts) {
  const dir = path.join(RESULTS, ...parts)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

module.exports = { dist, route, startSession, blockExternal, watchPage, waitForPage, shownText, currentPage, resultsDir, RESULTS }
