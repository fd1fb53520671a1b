/**
 * Static-first web pages (scripts/web/prerender.js), served by nginx as deployed: the facts and the call link
 * arrive in the first response and work without JavaScript; the HTML never carries a status word; with
 * JavaScript the first painted status is already right in any device zone; the app takes over without a jump;
 * the home page's bytes stay within budget; no stale copy of a page is ever committed.
 */
const { execFileSync } = require('node:child_process')
const crypto = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')
const { centre } = require('../../src/data/centre')
const { formatCapacity, groupPhone } = require('../../src/domain/format')
const { roomWebPath } = require('../../src/domain/web-routes')
const { PHONE } = require('../../scripts/lib/chromium')
const { root } = require('../support/build')
const { blockExternal, dist, recordStaticStatus, useSiteAndBrowser, watchPage, homePageBytes, HOME_BYTES_BUDGET } = require('./support')

const STATUS_WORDS = ['开放中', '即将闭馆', '已闭馆']
const PHONE_NUMBER = centre.contact.phone

const room = (id) => centre.rooms.find((r) => r.id === id)
const seasonHours = centre.schedule.seasons.map((s) => `${s.hours.opens}—${s.hours.closes}`)
const roomFacts = (id) => [room(id).name, `${formatCapacity(room(id).capacity)}人`, ...room(id).equipment.items, ...room(id).scenarios.items]

/** What each page must show from the HTML alone (facts exactly as src/data/centre.ts has them). */
const PAGES = [
  { path: '/', facts: [centre.name, ...seasonHours, '大墩子路12号'], call: true },
  { path: roomWebPath('legal'), facts: [...roomFacts('legal'), centre.contact.name], call: true },
  { path: roomWebPath('seniors'), facts: [...roomFacts('seniors'), centre.contact.name], call: true },
  { path: '/rooms', facts: centre.rooms.map((r) => r.name) },
  { path: '/visit', facts: [...seasonHours, '大墩子路12号', centre.transit.line, centre.transit.alightAt] },
  { path: '/contact', facts: [centre.contact.name, groupPhone(PHONE_NUMBER), '大墩子路12号'], call: true },
]

let server
let browser
useSiteAndBrowser((opened) => ({ server, browser } = opened))

/** A fresh phone (own storage), watched for errors; nothing may leave 127.0.0.1. */
async function phone({ javaScriptEnabled = true, timezoneId = PHONE.timezoneId } = {}) {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled, timezoneId })
  const problems = []
  const external = []
  await blockExternal(context, external)
  const page = await context.newPage()
  watchPage(page, problems)
  return { context, page, problems, external, url: (p) => new URL(p, server.url).href }
}

/** The HTML of `webPath` as nginx sends it to a phone (gzip), decoded. */
async function servedHtml(webPath) {
  const res = await fetch(new URL(webPath, server.url), { headers: { 'Accept-Encoding': 'gzip' } })
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

describe('the HTML as served', () => {
  const all = [...PAGES.map((p) => p.path), '/r/', ...centre.rooms.map((r) => roomWebPath(r.id))]
  test.each(all)('%s is pre-rendered and holds no status word', async (webPath) => {
    const bytes = await servedHtml(webPath)
    const html = bytes.toString('utf8')
    expect(html).toContain('<div id="static">')
    expect(html).toContain('<div id="app"></div>')
    for (const word of STATUS_WORDS) expect({ webPath, word, present: bytes.includes(Buffer.from(word)) }).toEqual({ webPath, word, present: false })
  })

  test('an unknown room gets the script-only app (which shows the not-found page)', async () => {
    const html = (await servedHtml('/r/no-such-room')).toString('utf8')
    expect(html).not.toContain('id="static"')
    expect(html).toContain('<div id="app"></div>')
  })

  test('every inline script runs under the CSP by its hash, and the CSP allows no other', async () => {
    const sha256 = (code) => `'sha256-${crypto.createHash('sha256').update(code).digest('base64')}'`
    const res = await fetch(server.url)
    const allowed = /script-src ([^;]*)/.exec(res.headers.get('content-security-policy'))[1].split(/\s+/).slice(1)
    const inlineOf = (html) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => sha256(code))
    // The home page: the first-paint status and the app loader; every page: the loader.
    expect(inlineOf(await res.text())).toHaveLength(2)
    const used = new Set()
    for (const webPath of all) {
      const inline = inlineOf((await servedHtml(webPath)).toString('utf8'))
      expect(inline.length).toBeGreaterThan(0)
      for (const hash of inline) {
        expect({ webPath, hash, allowed: allowed.includes(hash) }).toEqual({ webPath, hash, allowed: true })
        used.add(hash)
      }
    }
    expect([...used].sort()).toEqual([...allowed].sort())
  })
})

describe('without JavaScript', () => {
  test.each(PAGES)('$path shows its facts, works by links and shows no status word', async ({ path: webPath, facts, call }) => {
    const { context, page, problems, external, url } = await phone({ javaScriptEnabled: false })
    try {
      await page.goto(url(webPath))
      const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ')
      for (const fact of facts) expect({ webPath, fact, shown: text.includes(fact) }).toEqual({ webPath, fact, shown: true })
      for (const word of STATUS_WORDS) expect(text).not.toContain(word)
      if (call) {
        const link = page.locator(`a[href="tel:${PHONE_NUMBER}"]`).filter({ hasText: '拨打电话' })
        await expect(link.count()).resolves.toBe(1)
        expect(await link.isVisible()).toBe(true)
      }
      // The tab bar leads to the tab pages' own addresses.
      const tabs = await page.locator('.weui-tabbar__item').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      expect(tabs).toEqual(['/', '/rooms', '/visit', '/contact'])
      expect(problems).toEqual([])
      expect(external).toEqual([])
    } finally {
      await context.close()
    }
  })

  test('links work: home → 功能室 → a room card → its page; the map action is a real link', async () => {
    const { context, page, url } = await phone({ javaScriptEnabled: false })
    try {
      await page.goto(url('/'))
      await page.locator('a[href="/rooms"]').filter({ hasText: '功能室' }).first().click()
      await page.waitForURL(/\/rooms$/)
      await page.locator(`a[href="${roomWebPath('legal')}"]`).click()
      await page.waitForURL(/\/r\/legal$/)
      expect(await page.locator('body').innerText()).toContain(room('legal').name)
      await page.goto(url('/visit'))
      expect(await page.locator('a[href^="https://uri.amap.com/marker?"]').count()).toBe(1)
    } finally {
      await context.close()
    }
  })
})

describe('with JavaScript: the first painted status is already right', () => {
  const INSTANTS = [
    // Beijing instant, headline, detail, a line of the hours: in UTC and 新疆时间 the phone's own date or season differs.
    ['2026-07-15T22:45:00+08:00', '即将闭馆', '23:00', '夏季作息'],
    ['2026-07-15T15:00:00+08:00', '开放中', '23:00 闭馆', '今日开放 10:00—23:00'],
    ['2026-12-16T07:30:00+08:00', '已闭馆', '今天 10:00 开放', '冬季作息'],
    ['2026-10-01T00:30:00+08:00', '已闭馆', '今天 10:00 开放', '今日开放 10:00—22:30'],
    ['2026-12-15T22:45:00+08:00', '已闭馆', '明天 10:00 开放', '新疆时间 08:00—20:30'],
  ]
  const cases = ['Asia/Urumqi', 'UTC'].flatMap((zone) => INSTANTS.map((instant) => [zone, ...instant]))
  test.each(cases)('%s phone at %s (Beijing): %s · %s', async (zone, beijing, headline, detail, line) => {
    const { context, page, problems, url } = await phone({ timezoneId: zone })
    try {
      await context.clock.setFixedTime(new Date(beijing))
      await context.addInitScript(recordStaticStatus)
      await page.goto(url('/'))
      await page.waitForFunction(() => !document.getElementById('static'))
      const frames = await page.evaluate(() => window.__statusFrames)
      expect(frames.length).toBeGreaterThan(0)
      const [first] = frames
      expect(first.className).not.toMatch(/status--pending/)
      expect(first.text).toContain(`${headline} ${detail}`)
      expect(first.text).toContain(line)
      for (const other of STATUS_WORDS.filter((w) => w !== headline)) expect(frames.some((f) => f.text.includes(other))).toBe(false)
      // Right after the take-over, the app says the same.
      const live = (await page.locator('#app .status').innerText()).replace(/\s+/g, ' ')
      expect(live).toContain(`${headline} ${detail}`)
      expect(live).toContain(line)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})

/** The shown text of `scope` (tab bar included) without the parts that follow the clock: the status area, the season badge. */
function textWithoutStatus(scope) {
  let text = document.querySelector(scope).innerText
  for (const live of document.querySelectorAll(`${scope} .status, ${scope} .visit__badge`)) text = text.replace(live.innerText, '')
  return text.replace(/\s+/g, ' ').trim()
}

describe('the app takes over without a jump', () => {
  test.each(PAGES.map((p) => p.path))('%s: same text, layout shift ≤ 0.02, nothing twice', async (webPath) => {
    const { context, page, problems, url } = await phone()
    try {
      await context.addInitScript(() => {
        window.__layoutShift = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value
        }).observe({ type: 'layout-shift', buffered: true })
      })
      // Hold the app's script until the static copy has been read.
      let release
      const held = new Promise((resolve) => (release = resolve))
      await context.route(/\/js\/app\.[0-9a-f]+\.js$/, async (r) => {
        await held
        await r.continue()
      })
      // The held script is deferred, so DOMContentLoaded waits for it: wait for the parser to reach #app instead.
      await page.goto(url(webPath), { waitUntil: 'commit' })
      await page.locator('#app').waitFor({ state: 'attached' })
      const before = await page.evaluate(textWithoutStatus, '#static')
      release()
      await page.waitForFunction(() => !document.getElementById('static'))
      await page.waitForTimeout(500)
      const after = await page.evaluate(textWithoutStatus, 'body')
      expect(after).toBe(before)
      expect(await page.evaluate(() => window.__layoutShift)).toBeLessThanOrEqual(0.02)
      expect(await page.locator('.taro_page').count()).toBe(1)
      expect(await page.locator('.weui-tabbar__item').count()).toBe(4)
      if (webPath === '/') expect(await page.locator('.status').count()).toBe(1)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })

  test('the scroll position is kept, and links then stay inside the app', async () => {
    const { context, page, problems, url } = await phone()
    try {
      let release
      const held = new Promise((resolve) => (release = resolve))
      await context.route(/\/js\/app\.[0-9a-f]+\.js$/, async (r) => {
        await held
        await r.continue()
      })
      await page.goto(url('/rooms'), { waitUntil: 'commit' })
      await page.locator('#app').waitFor({ state: 'attached' })
      const scrolled = await page.evaluate(() => {
        const scroller = document.querySelector('#static .taro_page')
        scroller.scrollTop = 400
        return scroller.scrollTop
      })
      expect(scrolled).toBe(400)
      release()
      await page.waitForFunction(() => !document.getElementById('static'))
      expect(await page.evaluate(() => document.querySelector('#app .taro_page').scrollTop)).toBe(400)
      // A room card is a real link, but after the take-over a tap navigates inside the app: no page load.
      await page.evaluate(() => (window.__samePage = true))
      await page.locator(`#app a[href="${roomWebPath('legal')}"]`).click()
      await page.waitForURL(/\/r\/legal$/)
      await page.locator('.taro_page_show').getByText(room('legal').name).first().waitFor()
      expect(await page.evaluate(() => window.__samePage)).toBe(true)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})

test(`the home page's bytes as sent (every response: HTML, scripts, styles, images; gzip; with headers) stay within ${HOME_BYTES_BUDGET} B`, async () => {
  const { context, page, problems, url } = await phone()
  try {
    const { total, sent } = await homePageBytes(page, url('/'))
    expect(sent.length).toBeGreaterThan(2)
    expect(total).toBeLessThanOrEqual(HOME_BYTES_BUDGET)
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})

describe('drift guard: the pages are built from the current facts, never committed', () => {
  test('no pre-rendered page is in git', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)
    const html = tracked.filter((f) => f.endsWith('.html'))
    const prerendered = html.filter((f) => fs.readFileSync(path.join(root, f), 'utf8').includes('<div id="static">'))
    expect(prerendered).toEqual([])
  })

  test("the build's pages carry src/data/centre.ts as it is now", () => {
    const page = (file) => fs.readFileSync(path.join(dist, file), 'utf8')
    expect(page('index.html')).toContain(centre.name)
    for (const season of centre.schedule.seasons) expect(page('index.html')).toContain(`${season.hours.opens}—${season.hours.closes}`)
    expect(page('contact/index.html')).toContain(groupPhone(PHONE_NUMBER))
    expect(page('contact/index.html')).toContain(`tel:${PHONE_NUMBER}`)
    for (const r of centre.rooms) {
      const html = page(`r/${r.id}/index.html`)
      for (const fact of [r.name, ...r.equipment.items, ...r.scenarios.items]) expect({ room: r.id, fact, present: html.includes(fact) }).toEqual({ room: r.id, fact, present: true })
    }
  })
})
