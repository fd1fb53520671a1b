/**
 * The four ways a resident can set the app — 中文, 中文 + 大字, ئۇيغۇرچە, ئۇيغۇرچە + 大字 — on every page of the
 * production H5 build, on a 375×812 phone:
 *   - each combination is first chosen the way a resident does it (the switches on the home page) and must survive
 *     a reload (aria-pressed and the page itself);
 *   - then, on every page: axe (WCAG 2 A/AA, 2.1 AA, 2.2 AA) finds nothing serious or critical; the page and the
 *     tab bar speak the chosen language; Uyghur is right to left (<html dir="rtl"> and the page root computes
 *     direction: rtl); in large mode the call button and the
 *     H5 "open in map" link are at least 60 CSS px tall and body text at least 20 CSS px; nothing sticks out of the
 *     375 px viewport, neither the document nor Taro's page container (which scrolls, and hides horizontal
 *     overflow, so an element poking out would be clipped rather than scroll the document).
 * One browser for the file, one fresh context (own storage) per combination. Artefacts in test-results/variants/:
 * a screenshot per page and combination, and summary.json with every axe violation and measurement.
 */
const fs = require('node:fs')
const path = require('node:path')
const { AxeBuilder } = require('@axe-core/playwright')
const { PHONE } = require('../../scripts/lib/chromium')
const { zh } = require('../../src/i18n/zh')
const { ug } = require('../../src/i18n/ug/ui')
const { LANGUAGE_NAMES } = require('../../src/i18n/messages')
const { centreView } = require('../../src/i18n/facts')
const { route, useSiteAndBrowser, pageSelector, blockExternal, watchPage, currentPage, resultsDir } = require('./support')

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
/** Mid-afternoon in summer, Beijing time (as a11y.test.js): every run shows the same status. */
const CLOCK = new Date('2026-07-15T15:00:00+08:00')
const VIEWPORT_WIDTH = PHONE.viewport.width
const LARGE_TAP_MIN = 60
const TAP_MIN = 48
const LARGE_BODY_TEXT_MIN = 20

const MESSAGES = { zh, ug }
const COMBOS = [
  { name: 'zh', locale: 'zh', large: false },
  { name: 'zh-large', locale: 'zh', large: true },
  { name: 'ug', locale: 'ug', large: false },
  { name: 'ug-large', locale: 'ug', large: true },
]

const HOME = 'pages/index/index'
/**
 * `ready`: an element the page shows once rendered; `tab`: a tab page (the tab bar shows); `call`: the page has
 * the call button; `webMap`: the H5 map link; `body`: elements set in body text (PageFrame's size, not the smaller
 * secondary notes), by CSS selector or, for text without a class of its own, by the exact text (per locale).
 */
const PAGES = [
  { name: 'home', path: HOME, ready: '.status', tab: true, call: true, body: ['.home__need', '.status__hours'] },
  { name: 'rooms', path: 'pages/rooms/index', ready: '.room-card', tab: true, body: ['.rooms__chip', '.rooms__input'] },
  { name: 'room-legal', path: 'pages/room/index?id=legal', ready: '.room__description', call: true, body: ['.room__description', '.facts__item', '.room__hint'] },
  { name: 'room-unknown', path: 'pages/room/index?id=no-such-room', ready: '.room__not-found', body: ['.room__hint'] },
  { name: 'visit', path: 'pages/visit/index', ready: '.visit__web-map', tab: true, webMap: true, body: ['.visit__step', '.visit__season-dates'] },
  { name: 'contact', path: 'pages/contact/index', ready: '.contact__phone', tab: true, call: true, body: [{ text: (locale) => centreView(locale).address }] },
]

let server
let browser
const summary = {}
const shotsDir = resultsDir('variants')

useSiteAndBrowser((opened) => ({ server, browser } = opened))
afterAll(() => {
  fs.writeFileSync(path.join(shotsDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`)
})

/** Preferences in storage exactly as the app writes them (Taro H5: localStorage[key] = JSON.stringify({ data })). */
function seedPreferences(prefs) {
  if (location.protocol !== 'http:') return // about:blank between pages has no storage
  for (const [key, data] of Object.entries(prefs)) localStorage.setItem(key, JSON.stringify({ data }))
}

/** Waits until `pagePath` is the page shown, rendered (its `ready` element visible), and its fonts are loaded. */
async function waitUntilShown(page, pagePath, ready) {
  const shown = currentPage(page, pagePath)
  await shown.locator(ready).first().waitFor({ state: 'visible', timeout: 20000 })
  await page.waitForLoadState('load')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/** The tab bar's labels in the page's language, in app.config.ts order. */
const tabLabels = (messages) => [messages.tabs.home, messages.tabs.rooms, messages.tabs.visit, messages.tabs.contact]

/**
 * The tab bar's labels as shown, once they are `expected` or after a short wait (the app relabels the bar after
 * it renders).
 */
async function shownTabLabels(page, expected) {
  const read = (labels) => {
    const bar = document.querySelector('.taro-tabbar__tabbar')
    const shown = bar ? [...bar.querySelectorAll('.weui-tabbar__label')].map((el) => el.textContent.trim()) : []
    return JSON.stringify(shown) === JSON.stringify(labels) ? shown : null
  }
  const settled = await page.waitForFunction(read, expected, { timeout: 3000 }).catch(() => null)
  if (settled) return settled.jsonValue()
  return page.evaluate(() => [...document.querySelectorAll('.taro-tabbar__tabbar .weui-tabbar__label')].map((el) => el.textContent.trim()))
}

/** Everything this file checks about the shown page, measured in the page. */
function measure({ selector, callLabel, webMapLabel, body, viewportWidth }) {
  // Text only for screen readers (.visually-hidden: clipped to 1 px on purpose) is not part of what is seen.
  const visible = (el) => {
    const r = el.getBoundingClientRect()
    const cs = getComputedStyle(el)
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && !el.closest('.visually-hidden')
  }
  const pages = [...document.querySelectorAll(selector)].filter(visible)
  const shown = pages[pages.length - 1]
  const root = shown.querySelector('.page')
  const px = (value) => Math.round(parseFloat(value) * 100) / 100
  const describe = (el) => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
    return `${el.tagName.toLowerCase()}${cls} "${(el.textContent || '').trim().slice(0, 30)}"`
  }
  const controls = (role, label) =>
    [...shown.querySelectorAll(role === 'link' ? 'a, [role="link"]' : '[role="button"], button')]
      .filter((el) => visible(el) && (el.textContent || '').replace(/\s+/g, ' ').trim() === label)
      .map((el) => ({ what: describe(el), height: px(el.getBoundingClientRect().height) }))

  // Text outside the language switch (which always names both languages in their own scripts).
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let text = ''
  const sizes = {}
  const textOverflow = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (!node.textContent.trim() || !parent || !visible(parent)) continue
    if (!parent.closest('.prefs')) text += `${node.textContent} `
    const size = px(getComputedStyle(parent).fontSize)
    sizes[size] = (sizes[size] || 0) + node.textContent.trim().length
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const r of range.getClientRects()) {
      if (r.width > 0 && (r.right > viewportWidth + 0.5 || r.left < -0.5)) {
        textOverflow.push(`text "${node.textContent.trim().slice(0, 30)}" in ${describe(parent)}: ${px(r.left)}…${px(r.right)}`)
        break
      }
    }
  }
  const bySize = Object.entries(sizes).map(([size, chars]) => ({ size: Number(size), chars }))

  // Every visible element of the document (this page, the tab bar, anything fixed) within [0, viewport width].
  const elementOverflow = [...document.body.querySelectorAll('*')]
    .filter(visible)
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.right > viewportWidth + 0.5 || r.left < -0.5)
    .map(({ el, r }) => `${describe(el)}: ${px(r.left)}…${px(r.right)}`)
  // Containers whose content is wider than they are (scrolls sideways, or is clipped).
  const containerOverflow = [document.documentElement, document.body, shown, ...shown.querySelectorAll('*')]
    .filter((el) => el === document.documentElement || visible(el))
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
    .map((el) => `${el === document.documentElement ? 'html' : describe(el)}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`)

  // The page root's own rule (what WeChat, which has no <html dir>, relies on): direction with <html> set to ltr.
  const htmlDir = document.documentElement.dir
  document.documentElement.dir = 'ltr'
  const rootOwnDirection = getComputedStyle(root).direction
  document.documentElement.dir = htmlDir

  return {
    htmlLang: document.documentElement.lang,
    htmlDir: document.documentElement.dir,
    rootClasses: root.className,
    rootDirection: getComputedStyle(root).direction,
    rootOwnDirection,
    containerDirection: getComputedStyle(shown).direction,
    textScale: getComputedStyle(root).getPropertyValue('--text-scale').trim(),
    rootFontSize: px(getComputedStyle(root).fontSize),
    hasArabicScript: /[\u0600-\u06FF]/.test(text),
    calls: callLabel ? controls('button', callLabel) : [],
    webMaps: webMapLabel ? controls('link', webMapLabel) : [],
    actions: [...shown.querySelectorAll('.action')].filter(visible).map((el) => ({ what: describe(el), height: px(el.getBoundingClientRect().height) })),
    bodyText: body.map((want) => {
      const els =
        typeof want === 'string'
          ? [...shown.querySelectorAll(want)].filter(visible)
          : [...shown.querySelectorAll('*')].filter((el) => visible(el) && el.children.length === 0 && el.textContent.trim() === want.text)
      return { selector: typeof want === 'string' ? want : `text "${want.text}"`, count: els.length, fontSizes: [...new Set(els.map((el) => px(getComputedStyle(el).fontSize)))] }
    }),
    textSizes: bySize.sort((a, b) => a.size - b.size),
    smallestTextSize: Math.min(...bySize.map((s) => s.size)),
    documentScrollWidth: document.documentElement.scrollWidth,
    containerScrollWidth: shown.scrollWidth,
    overflow: [...elementOverflow, ...textOverflow, ...containerOverflow],
  }
}

function describeViolation(where, v) {
  const nodes = v.nodes
    .map((n) => `    at ${n.target.join(' ')}\n      html: ${n.html.slice(0, 160)}\n      fix: ${n.failureSummary.replace(/\n/g, ' ').trim()}`)
    .join('\n')
  return `[${where}] ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes}`
}

describe.each(COMBOS)('$name', (combo) => {
  const messages = MESSAGES[combo.locale]
  const other = combo.locale === 'zh' ? 'ug' : 'zh'
  let context
  let sweepPage
  const problems = []
  const external = []

  beforeAll(async () => {
    context = await browser.newContext(PHONE)
    await blockExternal(context, external)
    await context.clock.install({ time: CLOCK })
  })
  afterAll(async () => {
    await context?.close()
  })
  afterEach(() => {
    expect(problems.splice(0)).toEqual([])
    expect(external).toEqual([])
  })

  async function newPage() {
    const page = await context.newPage()
    watchPage(page, problems)
    return page
  }

  test('chosen with the switches on the home page, and still on after a reload', async () => {
    const page = await newPage()
    await page.goto(route(server.url, HOME))
    await waitUntilShown(page, HOME, '.status')
    const shown = currentPage(page, HOME)
    const languageSwitch = (locale) => shown.getByRole('button', { name: LANGUAGE_NAMES[locale], exact: true })
    // Labelled in the page's language, with a ✓ when on.
    const largeSwitch = () => shown.locator('.prefs__large')
    const pressed = (locator) => locator.getAttribute('aria-pressed')
    const state = () =>
      page.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        classes: document.querySelector('.page')?.className,
        stored: { locale: localStorage.getItem('prefs.locale'), largeText: localStorage.getItem('prefs.largeText') },
      }))

    // A first visit on a Chinese phone: Chinese, standard size, nothing stored.
    expect(await pressed(languageSwitch('zh'))).toBe('true')
    expect(await pressed(languageSwitch('ug'))).toBe('false')
    expect(await pressed(largeSwitch())).toBe('false')
    expect((await state()).stored).toEqual({ locale: null, largeText: null })

    // Chinese is chosen by going to Uyghur and back, so the switch is really used both ways.
    const taps = combo.locale === 'ug' ? ['ug'] : ['ug', 'zh']
    for (const locale of taps) {
      await languageSwitch(locale).click()
      await page.waitForFunction((dir) => document.documentElement.dir === dir, MESSAGES[locale].dir)
      expect(await pressed(languageSwitch(locale))).toBe('true')
    }
    if (combo.large) {
      await shown.getByRole('button', { name: messages.prefs.largeText }).click()
      await shown.locator('.page.page--large').waitFor()
      expect(await pressed(largeSwitch())).toBe('true')
    }
    expect((await state()).stored).toEqual({
      locale: JSON.stringify({ data: combo.locale }),
      largeText: combo.large ? JSON.stringify({ data: true }) : null,
    })

    await page.reload()
    await waitUntilShown(page, HOME, '.status')
    expect(await pressed(languageSwitch(combo.locale))).toBe('true')
    expect(await pressed(languageSwitch(other))).toBe('false')
    expect(await pressed(largeSwitch())).toBe(String(combo.large))
    expect(await largeSwitch().innerText()).toContain(messages.prefs.largeText)
    const after = await state()
    expect(after.dir).toBe(messages.dir)
    expect(after.lang).toBe(combo.locale === 'ug' ? 'ug' : 'zh-CN')
    expect(after.classes.split(' ')).toEqual(expect.arrayContaining([`page--${messages.dir}`, `page--${combo.locale}`]))
    expect(after.classes.split(' ').includes('page--large')).toBe(combo.large)
    await expect(shown.getByRole('button', { name: messages.common.call, exact: true }).isVisible()).resolves.toBe(true)
    expect(await shownTabLabels(page, tabLabels(messages))).toEqual(tabLabels(messages))
    await page.close()
  })

  test.each(PAGES)('$name: axe, direction, sizes, no horizontal overflow', async ({ name, path: pagePath, ready, tab, call, webMap, body }) => {
    // Every page starts from the same stored choice, whatever the test above did (or if it was left out with -t);
    // seeded only from here on, so the test above really starts from empty storage.
    if (!sweepPage) await context.addInitScript(seedPreferences, { 'prefs.locale': combo.locale, 'prefs.largeText': combo.large })
    // One tab for the sweep, each page a fresh load of the app (via about:blank: a hash-only change would route
    // inside the running app instead).
    sweepPage = sweepPage || (await newPage())
    const page = sweepPage
    await page.goto('about:blank')
    await page.goto(route(server.url, pagePath))
    await waitUntilShown(page, pagePath, ready)
    const tabs = tab ? await shownTabLabels(page, tabLabels(messages)) : null

    const m = await page.evaluate(measure, {
      selector: pageSelector(pagePath),
      callLabel: call ? messages.common.call : null,
      webMapLabel: webMap ? messages.visit.openWebMap : null,
      body: body.map((b) => (typeof b === 'string' ? b : { text: b.text(combo.locale) })),
      viewportWidth: VIEWPORT_WIDTH,
    })
    await page.screenshot({ path: path.join(shotsDir, `${name}.${combo.name}.png`), scale: 'css' })
    // Legacy mode runs axe in the page itself instead of merging frame results in an extra blank tab: the same
    // rules and results for a page without iframes, in a fifth of the time.
    const axe = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze()

    const byImpact = {}
    for (const v of axe.violations) byImpact[v.impact] = (byImpact[v.impact] || 0) + 1
    summary[combo.name] = summary[combo.name] || {}
    summary[combo.name][name] = {
      ...m,
      tabs,
      axe: { passes: axe.passes.length, byImpact, violations: axe.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })) },
    }

    expect(axe.passes.length).toBeGreaterThan(10) // axe really ran on the rendered page
    const blocking = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    if (blocking.length) {
      throw new Error(`axe found ${blocking.length} serious/critical violation(s):\n${blocking.map((v) => describeViolation(`${name} · ${combo.name}`, v)).join('\n')}`)
    }

    // Language and direction.
    expect(m.htmlDir).toBe(messages.dir)
    expect(m.rootDirection).toBe(messages.dir)
    expect(m.rootOwnDirection).toBe(messages.dir)
    expect(m.containerDirection).toBe(messages.dir)
    expect(m.rootClasses.split(' ')).toContain(`page--${messages.dir}`)
    expect(m.hasArabicScript).toBe(combo.locale === 'ug')
    if (tab) expect(tabs).toEqual(tabLabels(messages))

    // Sizes: the call button and the map link are found by their label in the page's language.
    expect(m.rootClasses.split(' ').includes('page--large')).toBe(combo.large)
    const tapMin = combo.large ? LARGE_TAP_MIN : TAP_MIN
    if (call) expect(m.calls.length).toBeGreaterThan(0)
    if (webMap) expect(m.webMaps).toHaveLength(1)
    const otherActions = m.actions.filter((a) => !m.calls.some((c) => c.what === a.what))
    const tooShort = [...m.calls, ...m.webMaps, ...otherActions].filter((c) => c.height < tapMin)
    expect(tooShort).toEqual([])
    if (combo.large) {
      expect(m.rootFontSize).toBeGreaterThanOrEqual(LARGE_BODY_TEXT_MIN)
      for (const { selector, count, fontSizes } of m.bodyText) {
        expect({ selector, count: count > 0 }).toEqual({ selector, count: true })
        expect({ selector, small: fontSizes.filter((s) => s < LARGE_BODY_TEXT_MIN) }).toEqual({ selector, small: [] })
      }
      // Not only body text: in large mode no text on the page is smaller, notes and hints included.
      expect(m.smallestTextSize).toBeGreaterThanOrEqual(LARGE_BODY_TEXT_MIN)
    }

    // Nothing wider than the phone: the document, Taro's scrolling page container, any element or line of text.
    expect(m.documentScrollWidth).toBeLessThanOrEqual(VIEWPORT_WIDTH)
    expect(m.containerScrollWidth).toBeLessThanOrEqual(VIEWPORT_WIDTH)
    expect(m.overflow).toEqual([])
  })
})
