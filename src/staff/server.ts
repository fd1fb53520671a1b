/**
 * The staff page's only contact with the host: read the live file and its history, publish with the staff
 * password (nginx WebDAV PUT behind basic auth, user `staff`). Every call answers with an outcome; none throws.
 */
import type { Updates } from '../../types/updates'
import { centre } from '../data/centre'
import { parseUpdates } from '../domain/updates'
import { historyName } from './time'

export const LIVE_PATH = '/live/updates.json'
export const HISTORY_PATH = '/live/history/'
export const STAFF_USER = 'staff'

/** Why a call did not work, as staff need to hear it. */
export type Failure = 'unauthorized' | 'too-large' | 'network' | 'server' | 'broken-file'

export type Loaded = { readonly ok: true; readonly updates: Updates | null } | { readonly ok: false; readonly failure: Failure }
/** `historyFailure`: the live file is published but its dated copy was not saved. */
export type Published =
  | { readonly ok: true; readonly historyFailure: Failure | null }
  | { readonly ok: false; readonly failure: Failure }

export interface HistoryEntry {
  /** e.g. 20270120T100000.json */
  readonly name: string
}

export interface StaffServer {
  /** The live file; `updates: null` when nothing has been published yet (404). */
  loadLive(): Promise<Loaded>
  loadHistoryEntry(name: string): Promise<Loaded>
  /** Newest first. */
  listHistory(): Promise<{ readonly ok: true; readonly entries: readonly HistoryEntry[] } | { readonly ok: false; readonly failure: Failure }>
  /** The live file, then its dated copy in the history folder. */
  publish(file: Updates, password: string): Promise<Published>
}

function failureOf(status: number): Failure {
  if (status === 401 || status === 403) return 'unauthorized'
  if (status === 413) return 'too-large'
  return 'server'
}

/** Basic auth of user `staff`; the password may hold any character, so it is sent as UTF-8. */
function basicAuth(password: string): string {
  const bytes = new TextEncoder().encode(`${STAFF_USER}:${password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

export function createStaffServer(fetchFn: typeof fetch): StaffServer {
  const get = async (path: string): Promise<{ status: number; text: string } | null> => {
    try {
      const response = await fetchFn(path, { method: 'GET', cache: 'no-store', credentials: 'omit' })
      return { status: response.status, text: await response.text() }
    } catch {
      return null
    }
  }

  const loadFile = async (path: string, missingIsEmpty: boolean): Promise<Loaded> => {
    const response = await get(path)
    if (!response) return { ok: false, failure: 'network' }
    if (response.status === 404 && missingIsEmpty) return { ok: true, updates: null }
    if (response.status !== 200) return { ok: false, failure: failureOf(response.status) }
    const check = parseUpdates(response.text, centre.schedule)
    return check.ok ? { ok: true, updates: check.updates } : { ok: false, failure: 'broken-file' }
  }

  const put = async (path: string, body: string, password: string): Promise<Failure | null> => {
    try {
      const response = await fetchFn(path, {
        method: 'PUT',
        headers: { Authorization: basicAuth(password), 'Content-Type': 'application/json; charset=utf-8' },
        body,
        credentials: 'omit',
      })
      return response.ok ? null : failureOf(response.status)
    } catch {
      return 'network'
    }
  }

  return {
    loadLive: () => loadFile(LIVE_PATH, true),
    loadHistoryEntry: (name) => loadFile(`${HISTORY_PATH}${encodeURIComponent(name)}`, false),
    async listHistory() {
      const response = await get(HISTORY_PATH)
      if (!response) return { ok: false, failure: 'network' }
      // No history folder yet: nothing published from this page so far.
      if (response.status === 404) return { ok: true, entries: [] }
      if (response.status !== 200) return { ok: false, failure: failureOf(response.status) }
      let listing: unknown
      try {
        listing = JSON.parse(response.text)
      } catch {
        return { ok: false, failure: 'server' }
      }
      if (!Array.isArray(listing)) return { ok: false, failure: 'server' }
      const entries = listing
        .filter((item): item is { name: string; type: string } => typeof item?.name === 'string' && item.type === 'file')
        .filter((item) => /^\d{8}T\d{6}\.json$/.test(item.name))
        .map((item) => ({ name: item.name }))
        .sort((a, b) => b.name.localeCompare(a.name))
      return { ok: true, entries }
    },
    async publish(file, password) {
      const body = `${JSON.stringify(file, null, 2)}\n`
      const live = await put(LIVE_PATH, body, password)
      if (live) return { ok: false, failure: live }
      const history = await put(`${HISTORY_PATH}${historyName(file.publishedAt)}`, body, password)
      return { ok: true, historyFailure: history }
    },
  }
}
