/**
 * Screen readers hear the same app in WeChat and on the web. For every page (test/support/accessibility.js), in
 * Chinese and in Uyghur, the list of controls, headings and live regions — role (heading level, toggle state) and
 * accessible name, in reading order — that Chromium's accessibility tree gives for the H5 build equals the one
 * WeChat gets from the weapp's aria-* attributes (rendered in miniprogram-simulate by test/weapp/pages/a11y-*.test.js,
 * run here first so both sides come from the same sources), except for the differences in WEB_WECHAT_DIFFERENCES.
 * WeChat's native tab bar is not part of a page; Taro's H5 tab bar is outside the page element; neither is listed.
 * Pages are opened only through test/e2e/support.js (session.url, waitForPage, currentPage), each in a fresh tab,
 * so none has a page below it — as when opened from a QR code. Artefacts: test-results/a11y/web-<locale>.json.
 */
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const { zh } = require('../../src/i18n/zh')
const { ug } = require('../../src/i18n/ug/ui')
const { root } = require('../support/build')
const { PAGES, LOCALES, LISTED_ROLES, describeItem, weappListsFile } = require('../support/accessibility')
const { startSession, waitForPage, currentPage, resultsDir } = require('./support')

const MESSAGES = { zh, ug }
/** Mid-afternoon in summer, Beijing time (as a11y.test.js). */
const CLOCK = new Date('2026-07-15T15:00:00+08:00')

/**
 * Where the web and WeChat rightly differ, per page: the web's line (`web`) stands where WeChat has its own
 * (`wechat`); null on one side means the element exists only on the other. Every entry must still be needed.
 */
const WEB_WECHAT_DIFFERENCES = [
  {
    pages: ['visit'],
    web: (m) => describeItem({ role: 'link', name: m.visit.openWebMap }),
    wechat: (m) => describeItem({ role: 'button', name: m.visit.navigate }),
    reason: 'WeChat opens its own map app at the centre (wx.openLocation); a web page can only link to a web map.',
  },
  {
    pages: ['rooms'],
    web: (m) => describeItem({ role: 'searchbox', name: m.rooms.searchPlaceholder }),
    wechat: (m) => describeItem({ role: 'textbox', name: m.rooms.searchPlaceholder }),
    reason:
      "Taro's H5 <Input confirmType='search'> is an <input type=\"search\">; WeChat's input is a text field whose keyboard shows a search key.",
  },
]

let weappLists

beforeAll(() => {
  // The weapp's lists, from the weapp build of the same sources (reused when the weapp stage already built it).
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--config', 'test/weapp/jest.config.js', 'test/weapp/pages/a11y-'], {
    cwd: root,
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(`the weapp accessibility tests failed:\n${run.stdout}\n${run.stderr}`)
  weappLists = Object.fromEntries(LOCALES.map((locale) => [locale, JSON.parse(fs.readFileSync(weappListsFile(locale), 'utf8')).pages]))
}, 300000)

const property = (node, name) => (node.properties || []).find((p) => p.name === name)?.value?.value

/** Chromium's accessibility tree under the page shown, as listed lines. */
async function webItems(session, page, pagePath) {
  const shown = currentPage(page, pagePath)
  await shown.evaluate((el) => el.setAttribute('data-a11y-root', ''))
  const cdp = await session.context.newCDPSession(page)
  const { root: documentNode } = await cdp.send('DOM.getDocument', { depth: 0 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: documentNode.nodeId, selector: '[data-a11y-root]' })
  const { node } = await cdp.send('DOM.describeNode', { nodeId })
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: node.backendNodeId })
  await cdp.detach()
  return nodes
    .filter((n) => !n.ignored && LISTED_ROLES.has(n.role?.value))
    .map((n) => {
      const pressed = property(n, 'pressed')
      return describeItem({
        role: n.role.value,
        name: String(n.name?.value ?? '').replace(/\s+/g, ' ').trim(),
        level: property(n, 'level'),
        pressed: pressed === undefined ? undefined : pressed === 'true' || pressed === true,
      })
    })
}

/** The web's list with each known difference replaced by what WeChat has in its place; and the entries used. */
function asInWeChat(lines, pageName, messages) {
  const used = new Set()
  let result = [...lines]
  for (const difference of WEB_WECHAT_DIFFERENCES.filter((d) => d.pages.includes(pageName))) {
    const web = difference.web?.(messages) ?? null
    const wechat = difference.wechat?.(messages) ?? null
    if (web !== null && result.includes(web)) {
      used.add(difference)
      result = wechat === null ? result.filter((l) => l !== web) : result.map((l) => (l === web ? wechat : l))
    } else if (web === null) {
      used.add(difference)
    }
  }
  return { result, used }
}

describe.each(LOCALES)('%s', (locale) => {
  const messages = MESSAGES[locale]
  const webLists = {}
  let session

  beforeAll(async () => {
    session = await startSession({ clockAt: CLOCK })
    if (locale !== 'zh') {
      // The stored choice, as the app writes it (Taro H5: localStorage[key] = JSON.stringify({ data })).
      await session.context.addInitScript((stored) => {
        if (location.protocol === 'http:') localStorage.setItem('prefs.locale', JSON.stringify({ data: stored }))
      }, locale)
    }
  })
  afterAll(async () => {
    await session?.close()
    fs.writeFileSync(path.join(resultsDir('a11y'), `web-${locale}.json`), `${JSON.stringify({ locale, pages: webLists }, null, 2)}\n`)
  })

  test.each(PAGES)('$name: Chromium hears what WeChat hears', async ({ name, path: pagePath, ready }) => {
    const page = await session.newPage()
    await page.goto(session.url(pagePath))
    await waitForPage(page, pagePath)
    await currentPage(page, pagePath).locator(ready).first().waitFor({ state: 'visible', timeout: 20000 })
    const web = await webItems(session, page, pagePath)
    await page.close()
    webLists[name] = web

    const wechat = weappLists[locale][name]
    expect(wechat).toBeDefined()
    const { result, used } = asInWeChat(web, name, messages)
    const wechatOnly = WEB_WECHAT_DIFFERENCES.filter((d) => d.pages.includes(name) && d.web === null)
    const expectedWeChat = wechat.filter((line) => !wechatOnly.some((d) => d.wechat(messages) === line))
    expect(result).toEqual(expectedWeChat)
    const stale = WEB_WECHAT_DIFFERENCES.filter((d) => d.pages.includes(name) && !used.has(d)).map((d) => d.reason)
    expect(stale).toEqual([])
    expect(session.problems).toEqual([])
    expect(session.external).toEqual([])
  })
})
