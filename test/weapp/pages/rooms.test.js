/** @jest-environment jsdom */
const { centre } = require('../../../src/data/centre')
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

test('tapping a room opens its page', async () => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await page.tap('法律咨询室')
  const navs = recorder.calls.filter((c) => ['navigateTo', 'redirectTo'].includes(c.api)).map((c) => c.args[0].url)
  expect(navs).toEqual([expect.stringMatching(/^\/?pages\/room\/index\?id=legal$/)])
  page.close()
})

test('made no network call and used no privacy API (recorded over every test above)', () => {
  expectNoForbiddenCalls(recorder)
})
