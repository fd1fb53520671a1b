/** @jest-environment jsdom */
const { centre } = require('../../../src/data/centre')
const { spokenText, tapControl } = require('../accessibility')
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

test('a screen reader says the number digit by digit, not as one large number', async () => {
  const page = await app.openPage(ROUTE)
  // The number is shown grouped (150 0158 1253) and selectable; what a screen reader reads there is its digits.
  const number = page.comp.dom.querySelector('[class*="contact__phone"]')
  expect(number.textContent).toContain('150 0158 1253')
  expect(spokenText(number)).toBe('1 5 0, 0 1 5 8, 1 2 5 3')
  page.close()
})

test('the button 拨打电话 asks WeChat to dial 15001581253', async () => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await tapControl(page, 'button', '拨打电话')
  expect(recorder.callsTo('makePhoneCall').map((c) => c.args[0])).toEqual([{ phoneNumber: '15001581253' }])
  expect(centre.contact.phone).toBe('15001581253')
  page.close()
})

test('made no network call and used no privacy API (recorded over every test above)', () => {
  expectNoForbiddenCalls(recorder)
})
