/**
 * The opening status with a fixed clock, on a phone set to 新疆时间 (timezoneId Asia/Urumqi, UTC+6): the app
 * must judge by Beijing time (the centre's published hours) whatever the phone's zone.
 */
const { startSession, waitForPage, shownText } = require('./support')

const STATUS_WORDS = ['开放中', '即将闭馆', '已闭馆']

test.each([
  ['2026-12-15T22:45:00+08:00', '已闭馆', 'winter: closed at 22:30'],
  ['2026-07-15T22:45:00+08:00', '即将闭馆', 'summer: closes at 23:00'],
])('at %s (Beijing) home says %s (%s)', async (beijing, word) => {
  const session = await startSession({ clockAt: new Date(beijing) })
  try {
    const page = await session.newPage()
    await page.goto(session.url('pages/index/index'))
    await waitForPage(page, 'pages/index/index', word)
    const [zone, now] = await page.evaluate(() => [Intl.DateTimeFormat().resolvedOptions().timeZone, Date.now()])
    expect(zone).toBe('Asia/Urumqi')
    expect(Math.abs(now - new Date(beijing).getTime())).toBeLessThan(60000)
    const text = await shownText(page, 'pages/index/index')
    expect(STATUS_WORDS.filter((w) => text.includes(w))).toEqual([word])
    expect(session.problems).toEqual([])
    expect(session.external).toEqual([])
  } finally {
    await session.close()
  }
})
