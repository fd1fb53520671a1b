/**
 * Shared by the H5 end-to-end tests: serves the production H5 build with nginx and the site's own configuration
 * (deploy/nginx/, as the host does), launches Chromium as a phone, and watches every page for errors, console
 * errors (a CSP violation is one) and requests that leave 127.0.0.1.
 */
const fs = require('node:fs')
const path = require('node:path')
const { outputDir, root } = require('../support/build')
const { launch } = require('../../scripts/lib/chromium')
const { startWebServer } = require('../../scripts/lib/web-server')
const { webAddress } = require('../../src/domain/web-routes')

/** The H5 build under test: .test-build/h5 (built by globalSetup); H5_DIST points elsewhere. */
const dist = process.env.H5_DIST ? path.resolve(process.env.H5_DIST) : outputDir('h5')
const RESULTS = path.join(root, 'test-results')

/** Absolute URL of a page on the test server, e.g. route(server.url, 'pages/room/index?id=legal'). */
const route = (base, pagePath) => new URL(webAddress(pagePath), base).href

/**
 * Taro gives each page element the id "<web path>?stamp=…": which ids belong to which page. Home answers at / and
 * at the front-door code's /r/; a room at /r/<id>.
 */
const PAGE_ELEMENTS = {
  'pages/index/index': '.taro_page[id^="/?"], .taro_page[id^="/r/?"], .taro_page[id^="/r?"]',
  'pages/rooms/index': '.taro_page[id^="/rooms"]',
  'pages/visit/index': '.taro_page[id^="/visit"]',
  'pages/contact/index': '.taro_page[id^="/contact"]',
  'pages/room/index': '.taro_page[id^="/r/"]:not([id^="/r/?"])',
}

/** CSS selector of the page element(s) of `pagePath` (any page when omitted). */
function pageSelector(pagePath) {
  if (!pagePath) return '.taro_page'
  const selector = PAGE_ELEMENTS[pagePath.split('?')[0]]
  if (!selector) throw new Error(`unknown page ${pagePath}`)
  return selector
}

/** Nothing but the page's own errors counts; the browser's own /favicon.ico request is answered by the 404 page. */
const isFaviconNoise = (msg) => /\/favicon\.ico$/.test(msg.location().url || '') && /404/.test(msg.text())

/** The site as deployed: nginx with deploy/nginx/ over the build under test (the tests require nginx). */
const serveSite = (webRoot = dist) => startWebServer({ webRoot, requireNginx: true })

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
  const server = await serveSite()
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
      await server.stop()
    },
  }
}

/**
 * The element of the page the router is showing. Taro keeps earlier pages in the DOM (hidden); with `pagePath`
 * ('pages/room/index'), only that page's element counts, so text from the page being left behind can never
 * satisfy a wait.
 */
function currentPage(page, pagePath) {
  return page.locator(pageSelector(pagePath)).filter({ visible: true }).last()
}

/**
 * Waits until the app has taken over the pre-rendered copy (scripts/web/prerender.js: #static is gone once the
 * app's page has rendered), so what a test then reads or taps is the live app.
 */
async function waitForApp(page) {
  await page.waitForFunction(() => !document.getElementById('static'), null, { timeout: 20000 })
}

/** Waits until `pagePath` is the page shown by the live app and (optionally) shows `text`. */
async function waitForPage(page, pagePath, text) {
  await waitForApp(page)
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

/**
 * One watched phone for a whole test file: started before its first test, closed after its last; after each test
 * no page error, console error or request leaving 127.0.0.1 may have been seen. `use` receives { session, page }.
 */
function usePhoneSession(use, options) {
  let session
  beforeAll(async () => {
    session = await startSession(options)
    use({ session, page: await session.newPage() })
  })
  afterAll(async () => {
    await session?.close()
  })
  afterEach(() => {
    expect(session.problems.splice(0)).toEqual([])
    expect(session.external).toEqual([])
  })
}

/** The site (nginx) and a browser for a whole test file, for tests that open a fresh context per case. */
function useSiteAndBrowser(use) {
  const opened = {}
  beforeAll(async () => {
    opened.server = await serveSite()
    opened.browser = await require('../../scripts/lib/chromium').launchBrowser()
    use(opened)
  })
  afterAll(async () => {
    await opened.browser?.close()
    await opened.server?.stop()
  })
}

/**
 * Records, at every animation frame (just before the browser paints it) while the static copy is shown, the
 * status area's class and text: the first entry is what the first paint showed.
 */
function recordStaticStatus() {
  window.__statusFrames = []
  const frame = () => {
    const status = document.querySelector('#static .status')
    if (status) window.__statusFrames.push({ className: status.className, text: status.innerText.replace(/\s+/g, ' ') })
    if (document.getElementById('static') || !document.querySelector('#app .status')) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}

function resultsDir(...parts) {
  const dir = path.join(RESULTS, ...parts)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

/**
 * Issue 10's budget for the home page's bytes as sent: every response it needs until the app has taken over
 * (HTML, scripts, styles, tab icons, the updates file where the build has one), gzip as nginx sends it, with
 * response headers.
 */
const HOME_BYTES_BUDGET = 120 * 1000

/** Opens `url` in `page` and counts what the server sent until the app has taken over: { total, sent }, logged. */
async function homePageBytes(page, url) {
  const sent = []
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes()
    sent.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize })
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => !document.getElementById('static'))
  await page.waitForTimeout(300)
  const total = sent.reduce((sum, r) => sum + r.bytes, 0)
  console.log(`home page bytes sent: ${total} B in ${sent.length} responses\n${sent.map((r) => `  ${r.bytes}\t${r.path}`).join('\n')}`)
  return { total, sent }
}

module.exports = { dist, route, recordStaticStatus, pageSelector, serveSite, startSession, usePhoneSession, useSiteAndBrowser, blockExternal, watchPage, waitForApp, waitForPage, shownText, currentPage, resultsDir, RESULTS, HOME_BYTES_BUDGET, homePageBytes }
