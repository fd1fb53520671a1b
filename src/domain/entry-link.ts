/**
 * Where a scan or a shared link should land. A page may be opened with `id`, with `q` (the encoded URL of a
 * normal-link QR code, `https://<domain>/r/<room id>`; `/r/` alone is the front door) or with `scene`
 * (a 小程序码 scene, `r=<room id>`). Input comes from printed codes, chat links and strangers, so this function
 * accepts any value and never throws.
 */
import { ROOM_LINK_PREFIX } from './web-routes'

export type EntryTarget =
  /** The page was opened without any entry parameter (a tab, a normal navigation). */
  | { readonly kind: 'none' }
  /** An entry link that means the centre itself: the front-door code. */
  | { readonly kind: 'home' }
  | { readonly kind: 'room'; readonly roomId: string }
  /** A parameter was present but unusable: the page leads home with a short message. */
  | { readonly kind: 'invalid'; readonly reason: 'unknown-room' | 'malformed' }

export interface EntryParams {
  readonly id?: unknown
  readonly q?: unknown
  readonly scene?: unknown
}

export { ROOM_LINK_PREFIX }
const MAX_PARAM_LENGTH = 2048

function decodeOnce(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

/** Decode until stable (WeChat encodes `q` once, some scanners and chat apps once more), at most 3 rounds. */
function decodeFully(value: string): string | null {
  let current = value
  for (let i = 0; i < 3; i++) {
    const next = decodeOnce(current)
    if (next === null) return null
    if (next === current) return current
    current = next
  }
  return current
}

function asText(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed.length > 0 && trimmed.length <= MAX_PARAM_LENGTH ? trimmed : null
}

function roomTarget(candidate: string, roomIds: ReadonlySet<string>): EntryTarget {
  return roomIds.has(candidate) ? { kind: 'room', roomId: candidate } : { kind: 'invalid', reason: 'unknown-room' }
}

function fromLink(link: string, roomIds: ReadonlySet<string>): EntryTarget {
  const match = /^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?(?:[?#].*)?$/i.exec(link)
  const path = match ? (match[1] ?? '/') : null
  if (path === null) return { kind: 'invalid', reason: 'malformed' }
  if (path === '/' || path === ROOM_LINK_PREFIX || path === ROOM_LINK_PREFIX.slice(0, -1)) return { kind: 'home' }
  if (!path.startsWith(ROOM_LINK_PREFIX)) return { kind: 'invalid', reason: 'malformed' }
  return roomTarget(path.slice(ROOM_LINK_PREFIX.length).replace(/\/$/, ''), roomIds)
}

function fromScene(scene: string, roomIds: ReadonlySet<string>): EntryTarget {
  const pairs = scene.split('&').map((pair) => pair.split('='))
  const room = pairs.find(([key]) => key === 'r')
  if (!room || room.length !== 2) return { kind: 'invalid', reason: 'malformed' }
  return room[1] === '' ? { kind: 'home' } : roomTarget(room[1], roomIds)
}

function decodeParam(value: unknown): string | null {
  const text = asText(value)
  return text === null ? null : decodeFully(text)
}

/** Which launch parameter is read, in priority order, and how its decoded text becomes a target. */
const READERS = [
  ['id', roomTarget],
  ['q', fromLink],
  ['scene', fromScene],
] as const

/** The landing target for a page's launch options; `none` when no entry parameter is present. */
export function parseEntry(params: EntryParams | null | undefined, roomIds: ReadonlySet<string>): EntryTarget {
  if (params === null || typeof params !== 'object') return { kind: 'none' }
  for (const [key, read] of READERS) {
    const raw: unknown = params[key]
    if (raw === undefined) continue
    const decoded = decodeParam(raw)
    return decoded === null ? { kind: 'invalid', reason: 'malformed' } : read(decoded, roomIds)
  }
  return { kind: 'none' }
}

/** The normal-link QR content for a room (or the front door when roomId is omitted). */
export function roomLink(baseUrl: string, roomId?: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${ROOM_LINK_PREFIX}${roomId ? encodeURIComponent(roomId) : ''}`
}
