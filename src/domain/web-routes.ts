/**
 * The web build's addresses (browser router). The printed door codes hold `https://<domain>/r/<room id>`, so a
 * room's page lives at exactly that path on the web, and every other page has a short path a resident can share or
 * bookmark. Pure and import-free (config/index.ts loads it before
 * the build starts): read by the Taro config (customRoutes), the app (links, entry parsing), nginx's tests and
 * scripts.
 */

/** Room-link path on the centre's domain: `/r/<id>` (the front door is `/r/`). Printed on every door code. */
export const ROOM_LINK_PREFIX = '/r/'

export type PagePath = 'pages/index/index' | 'pages/rooms/index' | 'pages/visit/index' | 'pages/contact/index' | 'pages/room/index'

/** Web path of each page; the room page takes its id from the path (`/r/legal`), as the door codes do. */
export const WEB_PATHS = {
  'pages/index/index': '/',
  'pages/rooms/index': '/rooms',
  'pages/visit/index': '/visit',
  'pages/contact/index': '/contact',
  'pages/room/index': `${ROOM_LINK_PREFIX}:id`,
} as const satisfies Record<PagePath, string>

/** Taro's `h5.router.customRoutes`: page → web path(s). `/r/` (the front-door code) is home too. */
export const CUSTOM_ROUTES: Record<string, string | string[]> = {
  '/pages/index/index': [WEB_PATHS['pages/index/index'], ROOM_LINK_PREFIX],
  '/pages/rooms/index': WEB_PATHS['pages/rooms/index'],
  '/pages/visit/index': WEB_PATHS['pages/visit/index'],
  '/pages/contact/index': WEB_PATHS['pages/contact/index'],
  '/pages/room/index': WEB_PATHS['pages/room/index'],
}

/** The web address of a room's page: the same path its door code holds. */
export function roomWebPath(roomId: string): string {
  return `${ROOM_LINK_PREFIX}${encodeURIComponent(roomId)}`
}

/**
 * The web address of a page given as its Taro path with query, e.g. 'pages/room/index?id=legal' → '/r/legal',
 * 'pages/contact/index?q=…' → '/contact?q=…' (other parameters are kept as written). Throws for an unknown page.
 */
export function webAddress(pagePath: string): string {
  const [page, query = ''] = pagePath.replace(/^\//, '').split('?')
  const params = query ? query.split('&') : []
  const id = page === 'pages/room/index' ? params.find((p) => p.startsWith('id=')) : undefined
  const rest = params.filter((p) => p !== id)
  const path = id !== undefined ? roomWebPath(decodeURIComponent(id.slice(3))) : (WEB_PATHS as Record<string, string>)[page]
  if (!path || path.includes(':')) throw new Error(`no web address for ${pagePath}`)
  return `${path}${rest.length ? `?${rest.join('&')}` : ''}`
}
