import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type PropsWithChildren } from 'react'
import type { Schedule } from '../../types/centre'
import type { Updates } from '../../types/updates'
import { centre } from '../data/centre'
import { describeProblems, parseUpdates, storedUpdatesOf, withUpdates } from '../domain/updates'
import { updatesLocation } from '../platform/env'
import { useAppShow } from '../platform/lifecycle'
import { isPrerendering } from '../platform/static-page'
import { fetchUpdatesText, readLastGoodUpdates, writeLastGoodUpdates } from '../platform/updates'

/** Shown again within this time, the app does not ask again: the file changes a few times a month. */
export const REFRESH_INTERVAL_MS = 10 * 60_000

export interface UpdatesState {
  /** The bundled schedule with the published special days. */
  readonly schedule: Schedule
  /** The last good file, or null (none configured, none fetched yet, or none ever passed the checks). */
  readonly updates: Updates | null
}

const UpdatesContext = createContext<UpdatesState | null>(null)

const storedUpdates = (): Updates | null => storedUpdatesOf(readLastGoodUpdates(), centre.schedule)

/**
 * The staff's published updates for every page. The first paint uses the bundled facts and the last good copy;
 * the file is fetched after it, on launch and when the app is shown again (at most every 10 minutes). Offline or a
 * server error: the last good copy stands. A broken file is ignored with a console warning for developers;
 * residents see nothing alarming. With no updates URL configured (or while the web build pre-renders its pages),
 * nothing is fetched or read.
 */
export function UpdatesProvider({ children }: PropsWithChildren) {
  // A page built ahead of time (web prerender) carries the bundled facts only: updates are applied on the phone.
  const location = useMemo(() => (isPrerendering() ? null : updatesLocation()), [])
  const [updates, setUpdates] = useState<Updates | null>(() => (location ? storedUpdates() : null))
  const lastAttempt = useRef<number | null>(null)

  const refresh = useCallback(async () => {
    const now = Date.now()
    if (!location || (lastAttempt.current !== null && now - lastAttempt.current < REFRESH_INTERVAL_MS)) return
    lastAttempt.current = now
    const fetched = await fetchUpdatesText(location)
    if (!fetched.ok) return
    const check = parseUpdates(fetched.text, centre.schedule)
    if (!check.ok) {
      console.warn(`updates file ignored (${location}): ${describeProblems(check.problems)}`)
      return
    }
    writeLastGoodUpdates(fetched.text)
    setUpdates(check.updates)
  }, [location])

  useEffect(() => {
    refresh()
  }, [refresh])
  useAppShow(refresh)

  const state = useMemo(() => ({ updates, schedule: withUpdates(centre.schedule, updates) }), [updates])
  return <UpdatesContext.Provider value={state}>{children}</UpdatesContext.Provider>
}

export function useUpdates(): UpdatesState {
  const state = useContext(UpdatesContext)
  if (!state) throw new Error('useUpdates needs <UpdatesProvider> (src/app.tsx provides it)')
  return state
}
