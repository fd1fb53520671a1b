/**
 * The updates file staff publish at https://<domain>/live/updates.json (README "The updates file"): closures,
 * other hours and notices that change faster than a mini-program release. Dates are Beijing calendar dates.
 */
import type { IsoDate, SpecialDay } from './centre'

/** A short announcement shown on the home page from `from` through `until` (both included), as plain text. */
export interface Notice {
  /** Stable within a file: a key for the list, never shown. */
  readonly id: string
  readonly title: string
  readonly body: string
  readonly from: IsoDate
  readonly until: IsoDate
}

export interface Updates {
  readonly version: 1
  /** When staff published it: ISO 8601 with its offset, e.g. 2027-01-20T10:00:00+08:00. */
  readonly publishedAt: string
  /** Exactly the data module's SpecialDay; one here replaces the bundled one of the same date. */
  readonly specialDays: readonly SpecialDay[]
  readonly notices: readonly Notice[]
}
