/**
 * The door codes on the web: `https://<domain>/r/<room id>` (front door `/r/`) opened in Chromium from the site as
 * nginx serves it (deploy/nginx/). Every room, the front door, an unknown room, reload, back, the entry parameters
 * WeChat passes (?id, ?q, ?scene) — and the printed poster itself: its code, read back from the rendered PDF, opened
 * in the browser.
 */
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { centre } = require('../../src/data/centre')
const { zh } = require('../../src/i18n/zh')
const { roomLink } = require('../../src/domain/entry-link')
const { webAddress } = require('../../src/domain/web-routes')
const { decodePdfPages } = require('../support/qr')
const { root } = require('../support/build')
const { usePhoneSession, waitForPage, shownText, currentPage } = require('./support')

const HOME = 'pages/index/index'
const ROOM = 'pages/room/index'
const NOT_FOUND = '没有找到这个功能室'

let session
let page
usePhoneSession((phone) => ({ session, page } = phone))

const at = (webPath) => new URL(webPath, session.server.url).href
const pathOf = () => new URL(page.url()).pathname + new URL(page.url()).search

/** The room page shows this room: its name as the level-1 heading. */
async function expectRoom(room) {
  await waitForPage(page, ROOM, room.name)
  await currentPage(page, ROOM).getByRole('heading', { name: room.name, level: 1 }).waitFor()
}

test.each(centre.rooms.map((room) => [room.id, room]))('/r/%s opens that room, and a reload keeps it', async (id, room) => {
  await page.goto(at(`/r/${id}`))
  await expectRoom(room)
  expect(pathOf()).toBe(`/r/${id}`)
  await page.reload()
  await expectRoom(room)
  expect(pathOf()).toBe(`/r/${id}`)
})

test('/r/ (the front-door code) and / open the home page', async () => {
  for (const webPath of ['/r/', '/']) {
    await page.goto(at(webPath))
    await waitForPage(page, HOME, centre.name)
    await page.reload()
    await waitForPage(page, HOME, centre.name)
  }
})

test('an unknown room shows the friendly not-found page with every room, also after a reload', async () => {
  await page.goto(at('/r/no-such-room'))
  await waitForPage(page, ROOM, NOT_FOUND)
  const text = await shownText(page, ROOM)
  expect(centre.rooms.filter((room) => !text.includes(room.name))).toEqual([])
  await page.reload()
  await waitForPage(page, ROOM, NOT_FOUND)
})

test('a room opened from the list has its door-code address; back returns to the list', async () => {
  await page.goto(at(webAddress('pages/rooms/index')))
  await waitForPage(page, 'pages/rooms/index', centre.rooms[0].name)
  await currentPage(page, 'pages/rooms/index').getByRole('link', { name: '法律咨询室' }).click()
  await page.waitForURL(/\/r\/legal$/)
  await expectRoom(centre.rooms.find((r) => r.id === 'legal'))
  await page.goBack()
  await page.waitForURL(/\/rooms$/)
  await waitForPage(page, 'pages/rooms/index', centre.rooms[0].name)
  await page.goForward()
  await page.waitForURL(/\/r\/legal$/)
  await expectRoom(centre.rooms.find((r) => r.id === 'legal'))
})

test('every page has its own address that reopens it', async () => {
  for (const [pagePath, text] of [
    ['pages/rooms/index', centre.rooms[0].name],
    ['pages/visit/index', centre.transit.line],
    ['pages/contact/index', '150 0158 1253'],
  ]) {
    await page.goto(at(webAddress(pagePath)))
    await waitForPage(page, pagePath, text)
    await page.reload()
    await waitForPage(page, pagePath, text)
  }
})

test.each([
  ['?id=', (id) => `/?id=${id}`],
  ['?q= (a normal-link code)', (id) => `/contact?q=${encodeURIComponent(roomLink('https://xizhan.example.cn', id))}`],
  ['?scene= (a 小程序码)', (id) => `/visit?scene=${encodeURIComponent(`r=${id}`)}`],
])('%s opens the room on the web as in WeChat', async (_name, link) => {
  const room = centre.rooms.find((r) => r.id === 'seniors')
  await page.goto(at(link(room.id)))
  await page.waitForURL(/\/r\/seniors$/)
  await expectRoom(room)
})

test('a garbled ?q= leads home with no error, and says so (the toast the web build loads on demand)', async () => {
  await page.goto(at('/rooms?q=%E0%A4%A'))
  await waitForPage(page, HOME, centre.name)
  await page.waitForFunction((text) => document.body.innerText.includes(text), zh.entry.unusableLink, { timeout: 5000 })
})

describe('the printed poster, end to end', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'door-posters-'))
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }))

  test('each code on all-posters.pdf, read back from the print, opens its page in the browser', async () => {
    const origin = new URL(session.server.url).origin
    const made = spawnSync(process.execPath, [path.join(root, 'scripts/posters/index.js'), '--out', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, POSTER_BASE_URL: origin },
    })
    expect(made.stderr.replace(/^warning: Uyghur names not yet reviewed.*$/m, '').trim()).toBe('')
    expect(made.status).toBe(0)
    const codes = decodePdfPages(path.join(outDir, 'all-posters.pdf'), outDir)
    const expected = [`${origin}/r/`, ...centre.rooms.map((room) => `${origin}/r/${room.id}`)]
    expect([...codes].sort()).toEqual([...expected].sort())
    for (const code of codes) {
      await page.goto(code)
      const id = new URL(code).pathname.slice('/r/'.length)
      if (id === '') await waitForPage(page, HOME, centre.name)
      else await expectRoom(centre.rooms.find((room) => room.id === id))
    }
  })
})
