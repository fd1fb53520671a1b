import Taro from '@tarojs/taro'
import { LAST_GOOD_UPDATES_KEY } from '../domain/stored-updates'
import { readStored, writeStored } from './storage'

/** A slow network must not hold the resident up: the bundled facts (or the last good copy) already show. */
export const UPDATES_TIMEOUT_MS = 3000

export type UpdatesFetch =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'timeout' | 'network' | 'status' }

/**
 * One GET of the public updates file, as text (the domain parses and checks it). It carries nothing about the
 * resident: no query, no body, no header of ours. Never rejects: a failure is an answer.
 */
export function fetchUpdatesText(url: string): Promise<UpdatesFetch> {
  return new Promise((resolve) => {
    // Our own timer as well as the request's: a request that never answers must still end.
    const timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), UPDATES_TIMEOUT_MS)
    const answer = (outcome: UpdatesFetch) => {
      clearTimeout(timer)
      resolve(outcome)
    }
    try {
      Taro.request({ url, method: 'GET', dataType: 'text', responseType: 'text', timeout: UPDATES_TIMEOUT_MS }).then(
        (response) =>
          answer(
            response.statusCode === 200 && typeof response.data === 'string'
              ? { ok: true, text: response.data }
              : { ok: false, reason: 'status' },
          ),
        () => answer({ ok: false, reason: 'network' }),
      )
    } catch {
      answer({ ok: false, reason: 'network' })
    }
  })
}

/** The text of the last file that passed every check, for offline launches. */
export function readLastGoodUpdates(): string | null {
  const stored = readStored(LAST_GOOD_UPDATES_KEY)
  return typeof stored === 'string' ? stored : null
}

export function writeLastGoodUpdates(text: string): void {
  writeStored(LAST_GOOD_UPDATES_KEY, text)
}
