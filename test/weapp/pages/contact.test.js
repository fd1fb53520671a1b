/** @jest-environment jsdom */
const { centre } = require('../../../src/data/centre')
const { bootSuite, recordMetrics, expectNoForbiddenCalls } = require('./common')

const ROUTE = 'pages/contact/index'
const app = bootSuite('contact', ROUTE)
const { recorder } = app

test('contact page shows the number, grouped for reading', async () => {
  const page = await app.openPage(ROUTE)
  expect(page.text()).toContain('150 0158 1253')
  recordMetrics('contact', page)
  page.close()
})

test('tapping 拨打电话 asks WeChat to dial 15001581253', async () => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await page.tap('拨打电话')
  expect(recorder.callsTo('makePhoneCall').map((c) => c.args[0])).toEqual([{ phoneNumber: '15001581253' }])
  expect(centre.contact.phone).toBe('15001581253')
  page.close()
})

test('made no network call and used no privacy API (recorded over every test above)', () => {
  expectNoForbiddenCalls(recorder)
})
