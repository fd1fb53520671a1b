/** @jest-environment jsdom */
const { centre } = require('../../../src/data/centre')
const { tapControl } = require('../accessibility')
const { bootSuite, recordMetrics, expectNoForbiddenCalls } = require('./common')

const ROUTE = 'pages/visit/index'
const app = bootSuite('visit', ROUTE)
const { recorder } = app

test('visit page shows both seasons’ hours, the bus line and a map', async () => {
  const page = await app.openPage(ROUTE)
  const text = page.text()
  for (const season of centre.schedule.seasons) expect(text).toContain(`${season.hours.opens}—${season.hours.closes}`)
  expect(text).toContain('10:00—23:00')
  expect(text).toContain('10:00—22:30')
  expect(text).toContain(centre.transit.line)
  expect(page.comp.dom.querySelectorAll('wx-map').length).toBe(1)
  recordMetrics('visit', page)
  page.close()
})

test('the button 导航 opens WeChat’s map at the centre', async () => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await tapControl(page, 'button', '导航')
  const calls = recorder.callsTo('openLocation').map((c) => c.args[0])
  expect(calls).toHaveLength(1)
  const [args] = calls
  expect(args).toMatchObject({ latitude: centre.location.latitude, longitude: centre.location.longitude })
  expect([centre.name, centre.fullName]).toContain(args.name)
  expect(args.address).toContain(centre.address.street)
  expect(args.scale).toBeGreaterThanOrEqual(5)
  expect(args.scale).toBeLessThanOrEqual(18)
  page.close()
})

test('made no network call and used no privacy API (recorded over every test above)', () => {
  expectNoForbiddenCalls(recorder)
})
