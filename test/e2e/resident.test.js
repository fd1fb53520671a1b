/**
 * A resident's path through the production H5 build in real Chromium (phone-sized, touch, Asia/Urumqi):
 * home → rooms tab → search 血压 → a room → visit (map link) → contact → call. One page, in order; the call
 * is last because after a tel: navigation headless Chromium may stop delivering clicks.
 */
const { centre } = require('../../src/data/centre')
const { usePhoneSession, waitForPage, shownText, currentPage } = require('./support')

const STATUS_WORDS = ['开放中', '即将闭馆', '已闭馆']
const names = centre.rooms.map((r) => r.name)
const seniors = centre.rooms.find((r) => r.id === 'seniors')
const [HOME, ROOMS, ROOM, VISIT, CONTACT] = ['index', 'rooms', 'room', 'visit', 'contact'].map((p) => `pages/${p}/index`)

let session
let page
usePhoneSession((phone) => ({ session, page } = phone))

/** A control by its label on the page being shown: a real button if exposed as one, else the element with that text. */
async function control(label, pagePath) {
  const shown = currentPage(page, pagePath)
  const button = shown.getByRole('button', { name: label, exact: true })
  if ((await button.count()) > 0) return button.first()
  return shown.getByText(label, { exact: true }).first()
}
const tab = (label) => page.locator('.taro-tabbar__tabbar').getByText(label, { exact: true })

test('home shows the centre name and a status word', async () => {
  await page.goto(session.url('pages/index/index'))
  await waitForPage(page, HOME, centre.name)
  const text = await shownText(page, HOME)
  expect(text).toContain(centre.name)
  expect(STATUS_WORDS.filter((w) => text.includes(w))).toHaveLength(1)
  for (const label of ['拨打电话', '到这里去', '功能室']) await expect((await control(label, HOME)).isVisible()).resolves.toBe(true)
})

test('the rooms tab lists all 10 rooms', async () => {
  await tab('功能室').click()
  await page.waitForURL(/\/rooms$/)
  await waitForPage(page, ROOMS, names[names.length - 1])
  const text = await shownText(page, ROOMS)
  expect(names.filter((n) => !text.includes(n))).toEqual([])
})

test('searching 血压 finds 老年活动室 only', async () => {
  const search = currentPage(page, ROOMS).getByRole('searchbox', { name: '搜索功能室、设备或服务' })
  await search.fill('血压')
  await currentPage(page, ROOMS).getByRole('link', { name: '法律咨询室' }).waitFor({ state: 'detached', timeout: 10000 })
  const text = await shownText(page, ROOMS)
  expect(text).toContain('老年活动室')
  expect(names.filter((n) => n !== '老年活动室' && text.includes(n))).toEqual([])
})

test('opening 老年活动室 shows its capacity and equipment', async () => {
  await currentPage(page, ROOMS).getByRole('link', { name: '老年活动室' }).click()
  await page.waitForURL(/\/r\/seniors$/)
  await waitForPage(page, ROOM, '血糖仪')
  await currentPage(page, ROOM).getByRole('heading', { name: '老年活动室', level: 1 }).waitFor()
  const text = await shownText(page, ROOM)
  expect(seniors.capacity).toEqual({ kind: 'range', min: 10, max: 12 })
  expect(text).toMatch(/10—12\s*人/)
  expect(seniors.equipment.items.filter((item) => !text.includes(item))).toEqual([])
})

test('visit: the map link points at the centre’s coordinates', async () => {
  await page.goBack()
  await page.waitForURL(/\/rooms$/)
  await tab('到访').click()
  await page.waitForURL(/\/visit$/)
  await waitForPage(page, VISIT, '在地图中打开')
  const text = await shownText(page, VISIT)
  expect(text).toContain('10:00—23:00')
  expect(text).toContain('10:00—22:30')
  expect(text).toContain(centre.transit.line)
  const link = currentPage(page, VISIT).getByRole('link', { name: '在地图中打开' })
  expect(await link.evaluate((a) => a.tagName)).toBe('A')
  const href = new URL(await link.getAttribute('href'))
  expect(href.origin).toBe('https://uri.amap.com')
  expect(href.pathname).toBe('/marker')
  expect(href.searchParams.get('position')).toBe(`${centre.location.longitude},${centre.location.latitude}`)
})

test('contact: 拨打电话 dials tel:15001581253', async () => {
  await tab('联系').click()
  await page.waitForURL(/\/contact$/)
  await waitForPage(page, CONTACT, '150 0158 1253')
  expect(await shownText(page, CONTACT)).toContain('150 0158 1253')
  session.telNavigations.splice(0)
  await (await control('拨打电话', CONTACT)).click()
  const started = Date.now()
  while (session.telNavigations.length === 0 && Date.now() - started < 10000) await page.waitForTimeout(50)
  expect(session.telNavigations.map((n) => n.url)).toEqual(['tel:15001581253'])
})
