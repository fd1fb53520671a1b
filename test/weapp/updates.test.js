/** @jest-environment jsdom */
/**
 * The staff's updates file in the real weapp, built with an updates URL (test/weapp/builds.js): on launch the app
 * makes exactly one GET of that URL with wx.request, and what it answers is applied — a closure published for today
 * makes the home page say closed with its note, today's notice shows, and the file is kept as the last good copy.
 * (The default build, with no URL, makes no request at all: test/weapp/pages/*.test.js check every wx call.)
 */
const { bootSuite, freezeBeijingTime, updatesDist } = require('./pages/common')
const { UPDATES_BUILD } = require('../support/builds')
const { waitFor } = require('./simulator')

const ROUTE = 'pages/index/index'
const URL = UPDATES_BUILD.env.UPDATES_URL
/** What the server has: a closure on 2027-01-29 and a notice for that week. */
const published = {
  version: 1,
  publishedAt: '2027-01-20T10:00:00+08:00',
  specialDays: [{ date: '2027-01-29', closed: true, note: '春节闭馆' }],
  notices: [{ id: 'yizhen', title: '周六上午义诊', body: '老年活动室', from: '2027-01-25', until: '2027-01-31' }],
}
const served = []
// One Beijing instant for the whole file, from before the launch: the app's 10-minute throttle then sees no time
// pass (a clock that jumped between launch and a test would let a second, legitimate fetch through).
freezeBeijingTime('2027-01-29T11:00')
afterAll(() => jest.useRealTimers())
const app = bootSuite('updates', ROUTE, {
  build: updatesDist,
  server: (options) => {
    served.push(options)
    return options.url === URL ? { statusCode: 200, data: JSON.stringify(published) } : { statusCode: 404, data: '' }
  },
})
const { recorder } = app

test('on launch: exactly one GET, of the configured URL, carrying nothing else', async () => {
  await waitFor(() => recorder.storage.has('updates.lastGood'), { what: 'the updates file answered and kept' })
  const requests = recorder.log.filter((c) => c.api === 'request')
  expect(requests).toHaveLength(1)
  expect(requests[0].args[0]).toEqual({ url: URL, method: 'GET', dataType: 'text', responseType: 'text', timeout: 3000 })
  expect(served).toHaveLength(1)
})

test('a closure published for today: home says closed, with the note, and shows today’s notice', async () => {
  const page = await app.openPage(ROUTE)
  await waitFor(() => page.text().includes('春节闭馆'), { what: 'the published closure on the home page' })
  const text = page.text()
  expect(text).toContain('已闭馆')
  expect(text).not.toContain('开放中')
  expect(text).toContain('明天 10:00 开放')
  expect(text).toContain('通知')
  expect(text).toContain('周六上午义诊')
  page.close()
})

test('the file is kept as the last good copy, for launches without network', () => {
  expect(JSON.parse(recorder.storage.get('updates.lastGood'))).toEqual(published)
})

test('the visit page lists the closure; opening pages again within 10 minutes asks nothing more', async () => {
  const page = await app.openPage('pages/visit/index')
  expect(page.text()).toContain('2027-01-29 闭馆 春节闭馆')
  page.close()
  expect(recorder.log.filter((c) => c.api === 'request')).toHaveLength(1)
})
