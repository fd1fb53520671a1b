/**
 * The phone's copy of the last good updates file, as the pre-rendered web page's first-paint script reads it. Kept
 * apart from ./updates (and its schema library) so that inline script stays small.
 */
import type { Schedule } from '../../types/centre'
import { scheduleIssues, withSpecialDays } from './schedule'

/** The key the last good copy is kept under (the app writes it after the file passed every check). */
export const LAST_GOOD_UPDATES_KEY = 'updates.lastGood'

/**
 * The schedule with the special days of a stored copy: it passed the full checks when the app stored it, so here
 * only the engine's own rules are checked again; anything unreadable leaves the schedule as it is (the app, taking
 * over a moment later, checks the copy in full).
 */
export function withStoredSpecialDays(schedule: Schedule, storedText: string | null): Schedule {
  try {
    const specialDays: unknown = storedText === null ? null : JSON.parse(storedText)?.specialDays
    if (!Array.isArray(specialDays)) return schedule
    const merged = withSpecialDays(schedule, specialDays)
    return scheduleIssues(merged).length === 0 ? merged : schedule
  } catch {
    return schedule
  }
}
