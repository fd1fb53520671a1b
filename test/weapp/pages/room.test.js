/** @jest-environment jsdom */
const { centre } = require('../../../src/data/centre')
const { tapControl } = require('../accessibility')
const { bootSuite, recordMetrics, expectNoForbiddenCalls } = require('./common')

const ROUTE = 'pages/room/index'
const app = bootSuite('room', ROUTE)
const { recorder } = app
const legal = centre.rooms.find((r) => r.id === 'legal')
/** A printed door code: WeChat hands the scanned normal link to the page as `q`, URL-encoded. */
const doorLink = (id) => encodeURIComponent(`https://xizhan.example.cn/r/${id}`)

test('pages/room/index?id=legal shows 法律咨询室 and its equipment', async () => {
  const page = await app.openPage(ROUTE, { id: 'legal' })
  const text = page.text()
  expect(text).toContain('法律咨询室')
  expect(legal.equipment.items).toEqual(['桌椅', '法律法规宣传手册'])
  for (const item of legal.equipment.items) expect(text).toContain(item)
  expect(text).not.toContain('没有找到这个功能室')
  recordMetrics('room-legal', page)
  page.close()
})

test('the button 拨打电话 on a room page asks WeChat to dial the centre', async () => {
  const page = await app.openPage(ROUTE, { id: 'legal' })
  recorder.clear()
  await tapControl(page, 'button', '拨打电话')
  expect(recorder.callsTo('makePhoneCall').map((c) => c.args[0])).toEqual([{ phoneNumber: centre.contact.phone }])
  page.close()
})

const navigations = () => recorder.calls.filter((c) => ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch'].includes(c.api)).map((c) => `${c.api} ${c.args[0].url}`)

test('opened from a door code (no page below it), the button 回到首页 leads home', async () => {
  const page = await app.openPage(ROUTE, { id: 'legal' })
  recorder.clear()
  await tapControl(page, 'button', '回到首页')
  expect(navigations()).toEqual(['switchTab /pages/index/index'])
  page.close()
})

test('an unknown room lists every room as a link that opens it', async () => {
  const page = await app.openPage(ROUTE, { id: 'no-such-room' })
  recorder.clear()
  await tapControl(page, 'link', legal.name)
  expect(navigations()).toEqual(['navigateTo /pages/room/index?id=legal'])
  page.close()
})

test.each(centre.rooms.map((r) => [r.id, r.name]))('a door code link (q) for %s opens %s', async (id, name) => {
  const page = await app.openPage(ROUTE, { q: doorLink(id), scancode_time: '1795665370' })
  const text = page.text()
  expect(text).toContain(name)
  expect(text).not.toContain('没有找到这个功能室')
  page.close()
})

test('a 小程序码 scene (r=legal) opens 法律咨询室', async () => {
  const page = await app.openPage(ROUTE, { scene: encodeURIComponent('r=legal') })
  expect(page.text()).toContain('法律咨询室')
  page.close()
})

test.each([['id', 'no-such-room'], ['q', doorLink('no-such-room')]])('an unknown room (%s=%s) says 没有找到这个功能室', async (key, value) => {
  const page = await app.openPage(ROUTE, { [key]: value })
  expect(page.text()).toContain('没有找到这个功能室')
  page.close()
})

test('made no network call and used no privacy API (recorded over every test above)', () => {
  expectNoForbiddenCalls(recorder)
})
