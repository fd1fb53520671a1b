/** @jest-environment jsdom */
const { centre } = require('../../../src/data/centre')
const { needs } = require('../../../src/data/needs')
const { resolveNeeds } = require('../../../src/domain/needs')
const { templateAttr } = require('../simulator')
const { accessibleItems, findControl, tapControl } = require('../accessibility')
const { bootSuite, recordMetrics, expectNoForbiddenCalls, freezeBeijingTime } = require('./common')

const STATUS_WORDS = ['开放中', '即将闭馆', '已闭馆']
const ROUTE = 'pages/index/index'
const app = bootSuite('home', ROUTE)
const { recorder } = app

afterEach(() => jest.useRealTimers())

const statusWordsIn = (text) => STATUS_WORDS.filter((w) => text.includes(w))
const navigations = () =>
  recorder.calls.filter((c) => ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch'].includes(c.api)).map((c) => `${c.api} ${c.args[0]?.url}`)

test('home renders the centre name and exactly one status word', async () => {
  const page = await app.openPage(ROUTE)
  const text = page.text()
  expect(text).toContain(centre.name)
  expect(statusWordsIn(text)).toHaveLength(1)
  recordMetrics('home', page)
  page.close()
})

test.each([
  ['2026-12-15T22:45', '已闭馆'], // winter: closes 22:30
  ['2026-07-15T22:45', '即将闭馆'], // summer: closes 23:00
  ['2026-07-15T12:00', '开放中'],
])('at %s Beijing time home says %s', async (beijing, word) => {
  freezeBeijingTime(beijing)
  const page = await app.openPage(ROUTE)
  expect(statusWordsIn(page.text())).toEqual([word])
  page.close()
})

test('the templates give WeChat the heading, the live status and the switches with their state', async () => {
  const page = await app.openPage(ROUTE)
  const heading = findControl(page, 'heading', centre.name).el
  expect([templateAttr(heading, 'ariaRole'), templateAttr(heading, 'ariaLevel')]).toEqual(['heading', 1])
  const status = accessibleItems(page).find((item) => item.role === 'status').el
  expect(templateAttr(status, 'ariaLive')).toBe('polite')
  expect(statusWordsIn(status.textContent)).toHaveLength(1)
  expect(templateAttr(findControl(page, 'button', '中文').el, 'ariaPressed')).toBe(true)
  expect(templateAttr(findControl(page, 'button', '大字').el, 'ariaPressed')).toBe(false)
  page.close()
})

test('the button 拨打电话 asks WeChat to dial the centre', async () => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await tapControl(page, 'button', '拨打电话')
  expect(recorder.callsTo('makePhoneCall').map((c) => c.args[0])).toEqual([{ phoneNumber: centre.contact.phone }])
  page.close()
})

test('the button 到这里去 leads to the visit page or opens the map at the centre', async () => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await tapControl(page, 'button', '到这里去')
  const opened = recorder.callsTo('openLocation').map((c) => c.args[0])
  if (opened.length) expect(opened[0]).toMatchObject({ latitude: centre.location.latitude, longitude: centre.location.longitude })
  else expect(navigations()).toEqual([expect.stringMatching(/^(switchTab|navigateTo) \/?pages\/visit\/index/)])
  page.close()
})

test('the button 功能室 leads to the rooms list', async () => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await tapControl(page, 'button', '功能室')
  expect(navigations()).toEqual([expect.stringMatching(/^(switchTab|navigateTo) \/?pages\/rooms\/index/)])
  page.close()
})

test.each(resolveNeeds(needs, centre.rooms).map(({ need, roomId }) => [need.label, roomId]))('the link 我想… %s opens the room %s', async (label, roomId) => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await tapControl(page, 'link', label)
  expect(navigations()).toEqual([`navigateTo /pages/room/index?id=${roomId}`])
  page.close()
})

// Changes the app-wide text size: after the tests that read the page at its normal size.
test('the switch 大字 turns large text on and off and says so', async () => {
  const page = await app.openPage(ROUTE)
  const large = () => findControl(page, 'button', '大字')
  await tapControl(page, 'button', '大字')
  expect(large().pressed).toBe(true)
  expect(page.html()).toContain('page--large')
  // The tick shows the state; it is hidden from the screen reader, which says "pressed" instead.
  expect(page.text()).toContain('✓')
  await tapControl(page, 'button', '大字')
  expect(large().pressed).toBe(false)
  expect(page.html()).not.toContain('page--large')
  page.close()
})

test('a 小程序码 scene naming a room (r=legal) opens that room', async () => {
  recorder.clear()
  const page = await app.openPage(ROUTE, { scene: encodeURIComponent('r=legal') })
  await page.settle(200)
  expect(navigations()).toEqual([expect.stringMatching(/^(navigateTo|redirectTo|reLaunch) \/?pages\/room\/index\?id=legal$/)])
  page.close()
})

test('made no network call and used no privacy API (recorded over every test above)', () => {
  expectNoForbiddenCalls(recorder)
})
