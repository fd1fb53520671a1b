/** @jest-environment jsdom */
const { centre } = require('../../../src/data/centre')
const { accessibleItems, findControl, tapControl } = require('../accessibility')
const { bootSuite, recordMetrics, expectNoForbiddenCalls } = require('./common')

const ROUTE = 'pages/rooms/index'
const app = bootSuite('rooms', ROUTE)
const { recorder } = app
const names = centre.rooms.map((r) => r.name)

test('the data lists the 10 published rooms', () => {
  expect(names).toEqual(['便民服务大厅', '人大代表接待室', '图书阅览区', '矛盾纠纷调解室', '六点半小课堂', '老年活动室', '积分超市', '社警企联络站', '理论宣讲平台', '法律咨询室'])
})

test('rooms page lists all 10 rooms and offers the search box', async () => {
  const page = await app.openPage(ROUTE)
  const text = page.text()
  expect(names.filter((n) => !text.includes(n))).toEqual([])
  expect(page.elements('wx-input').map((i) => i.attr('placeholder'))).toContain('搜索功能室、设备或服务')
  recordMetrics('rooms', page)
  page.close()
})

test('searching 血压 narrows the list to 老年活动室', async () => {
  const page = await app.openPage(ROUTE)
  await page.input('搜索功能室、设备或服务', '血压')
  const text = page.text()
  expect(text).toContain('老年活动室')
  expect(names.filter((n) => n !== '老年活动室' && text.includes(n))).toEqual([])
  page.close()
})

/** The room links in the order the list shows them. */
const listedRooms = (page) => accessibleItems(page).filter((item) => item.role === 'link').map((item) => item.name)
const chipPressed = (page, label) => findControl(page, 'button', label).pressed

test('the search box is labelled for screen readers', async () => {
  const page = await app.openPage(ROUTE)
  expect(findControl(page, 'textbox', '搜索功能室、设备或服务')).toBeTruthy()
  page.close()
})

test('the capacity switches narrow the list, say which is on, and bring every room back in order', async () => {
  const page = await app.openPage(ROUTE)
  expect(chipPressed(page, '不限人数')).toBe(true)
  await tapControl(page, 'button', '≥50人')
  expect(chipPressed(page, '≥50人')).toBe(true)
  expect(chipPressed(page, '不限人数')).toBe(false)
  const large = listedRooms(page)
  expect(large.length).toBeGreaterThan(0)
  expect(large.length).toBeLessThan(names.length)
  // Rooms come back in front of the ones still listed: an insert before a sibling, which once blanked the page.
  await tapControl(page, 'button', '不限人数')
  expect(chipPressed(page, '不限人数')).toBe(true)
  expect(listedRooms(page)).toEqual(names)
  page.close()
})

test('the button 清除 empties the search box and lists every room again', async () => {
  const page = await app.openPage(ROUTE)
  await page.input('搜索功能室、设备或服务', '血压')
  expect(listedRooms(page)).toEqual(['老年活动室'])
  await tapControl(page, 'button', '清除')
  expect(listedRooms(page)).toEqual(names)
  expect(page.elements('wx-input')[0].attr('value')).toBe('')
  page.close()
})

test('when nothing matches, the button 清除搜索条件 lists every room again', async () => {
  const page = await app.openPage(ROUTE)
  await page.input('搜索功能室、设备或服务', '没有这种东西')
  await tapControl(page, 'button', '≥50人')
  expect(listedRooms(page)).toEqual([])
  await tapControl(page, 'button', '清除搜索条件')
  expect(listedRooms(page)).toEqual(names)
  expect(chipPressed(page, '不限人数')).toBe(true)
  page.close()
})

test('the link of a room opens its page', async () => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await tapControl(page, 'link', '法律咨询室')
  const navs = recorder.calls.filter((c) => ['navigateTo', 'redirectTo'].includes(c.api)).map((c) => c.args[0].url)
  expect(navs).toEqual([expect.stringMatching(/^\/?pages\/room\/index\?id=legal$/)])
  page.close()
})

test('made no network call and used no privacy API (recorded over every test above)', () => {
  expectNoForbiddenCalls(recorder)
})
