import { centre } from '../../src/data/centre'
import { parseEntry, roomLink, ROOM_LINK_PREFIX } from '../../src/domain/entry-link'
import { CUSTOM_ROUTES, WEB_PATHS, roomWebPath, webAddress } from '../../src/domain/web-routes'

const roomIds = new Set<string>(centre.rooms.map((r) => r.id))

/** app.config.ts calls Taro's build-time global defineAppConfig; here it just returns the config. */
function appPages(): string[] {
  const global = globalThis as { defineAppConfig?: (c: unknown) => unknown }
  global.defineAppConfig = (config) => config
  return (require('../../src/app.config').default as { pages: string[] }).pages
}

test('every page of the app has a web address, and nothing else does', () => {
  expect(Object.keys(WEB_PATHS).sort()).toEqual([...appPages()].sort())
  expect(Object.keys(CUSTOM_ROUTES).sort()).toEqual(Object.keys(WEB_PATHS).map((p) => `/${p}`).sort())
})

test("a room's web address is exactly its door code's path, which the app reads back as that room", () => {
  for (const id of roomIds) {
    expect(roomWebPath(id)).toBe(new URL(roomLink('https://xizhan.example.cn', id)).pathname)
    expect(parseEntry({ q: encodeURIComponent(`https://xizhan.example.cn${roomWebPath(id)}`) }, roomIds)).toEqual({ kind: 'room', roomId: id })
  }
  expect(CUSTOM_ROUTES['/pages/index/index']).toContain(ROOM_LINK_PREFIX)
})

test.each([
  ['pages/index/index', '/'],
  ['/pages/rooms/index', '/rooms'],
  ['pages/room/index?id=legal', '/r/legal'],
  ['pages/room/index?id=a%20b&x=1', '/r/a%20b?x=1'],
  ['pages/contact/index?q=https%3A%2F%2Fx%2Fr%2Flegal', '/contact?q=https%3A%2F%2Fx%2Fr%2Flegal'],
])('webAddress(%s) = %s', (pagePath, expected) => {
  expect(webAddress(pagePath)).toBe(expected)
})

test('webAddress refuses an unknown page and a room without id', () => {
  expect(() => webAddress('pages/nope/index')).toThrow('no web address')
  expect(() => webAddress('pages/room/index')).toThrow('no web address')
})
