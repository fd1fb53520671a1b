/**
 * What staff are editing: the updates file's own shape, with the plain strings the form's inputs give. It becomes
 * a file only through the same checks the app runs (src/domain/updates.ts), so the page can never publish a file
 * the app would refuse.
 */
import type { Updates } from '../../types/updates'
import { centre } from '../data/centre'
import { checkUpdates, type UpdatesCheck } from '../domain/updates'

export interface DraftDay {
  readonly date: string
  readonly closed: boolean
  /** Kept while the day is marked closed, so switching back restores what was typed. */
  readonly opens: string
  readonly closes: string
  readonly note: string
}

export interface DraftNotice {
  readonly id: string
  readonly title: string
  readonly body: string
  readonly from: string
  readonly until: string
}

export interface Draft {
  readonly specialDays: readonly DraftDay[]
  readonly notices: readonly DraftNotice[]
}

export const EMPTY_DRAFT: Draft = { specialDays: [], notices: [] }

/** A published (checked) file, ready to edit. */
export function draftFrom(updates: Updates): Draft {
  return {
    specialDays: updates.specialDays.map((day) =>
      day.closed
        ? { date: day.date, closed: true, opens: '', closes: '', note: day.note }
        : { date: day.date, closed: false, opens: day.hours.opens, closes: day.hours.closes, note: day.note },
    ),
    notices: updates.notices.map((notice) => ({ ...notice })),
  }
}

/** The file this draft would publish, as a plain value (not yet checked). */
export function fileFrom(draft: Draft, publishedAt: string): unknown {
  return {
    version: 1,
    publishedAt,
    specialDays: draft.specialDays.map((day) =>
      day.closed
        ? { date: day.date, closed: true, note: day.note.trim() }
        : { date: day.date, closed: false, hours: { opens: day.opens, closes: day.closes }, note: day.note.trim() },
    ),
    notices: draft.notices.map((notice) => ({ ...notice, title: notice.title.trim(), body: notice.body.trim() })),
  }
}

/** The app's own checks, against the bundled schedule the app will merge the file with. */
export function checkDraft(draft: Draft, publishedAt: string): UpdatesCheck {
  return checkUpdates(fileFrom(draft, publishedAt), centre.schedule)
}

let noticeCount = 0
/** An id the file's rules accept and no other notice of this page has. */
export function newNoticeId(now: number): string {
  noticeCount += 1
  return `n${now.toString(36)}${noticeCount}`
}

export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((old, i) => (i === index ? item : old))
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index)
