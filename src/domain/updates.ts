/**
 * The updates file (types/updates.ts): read and checked the same way by the app and by the staff page, merged
 * with the bundled schedule, and its notices picked for a Beijing date. Pure, no Taro.
 *
 * A file is all or nothing: one wrong field and the whole file is refused, so a half-read file can never show a
 * resident a wrong closing time. The problems name the field and the rule it breaks; the staff page turns them
 * into Chinese sentences, the app only logs them.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import * as v from 'valibot'
import type { ClockTime, IsoDate, Schedule } from '../../types/centre'
import type { Notice, Updates } from '../../types/updates'
import { scheduleIssues, withSpecialDays } from './schedule'

dayjs.extend(utc)

/** Sane sizes: a file beyond them is a mistake (or an attack), never a real week at the centre. */
export const UPDATES_LIMITS = {
  /** Characters of the whole file; the server refuses bodies over 64 KB. */
  fileChars: 64 * 1024,
  specialDays: 200,
  notices: 50,
  note: 60,
  title: 40,
  body: 300,
  id: 40,
} as const

/** The rule a field breaks. */
export type UpdatesRule =
  | 'json'
  | 'too-large'
  | 'shape'
  | 'version'
  | 'timestamp'
  | 'date'
  | 'time'
  | 'required'
  | 'too-long'
  | 'id'
  | 'too-many'
  | 'from-after-until'
  | 'id-twice'
  | 'closes-not-after-opens'
  | 'date-twice'

export interface UpdatesProblem {
  /** The field, as a path into the file: '' (the file), 'specialDays.2.hours.opens', 'notices.0'. */
  readonly at: string
  readonly rule: UpdatesRule
}

export type UpdatesCheck =
  | { readonly ok: true; readonly updates: Updates }
  | { readonly ok: false; readonly problems: readonly UpdatesProblem[] }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const NOTICE_ID = /^[A-Za-z0-9_-]+$/

/** A calendar date that exists: 2027-02-30 would roll over to March, so it must read back the same. */
function isRealDate(value: unknown): boolean {
  return typeof value === 'string' && ISO_DATE.test(value) && dayjs.utc(value).format('YYYY-MM-DD') === value
}

const rule = (name: UpdatesRule) => name
const date = v.custom<IsoDate>(isRealDate, rule('date'))
const time = v.custom<ClockTime>((value) => typeof value === 'string' && CLOCK_TIME.test(value), rule('time'))
const text = (max: number, required: boolean) =>
  v.pipe(
    v.string(rule('shape')),
    v.check((value) => !required || value.trim() !== '', rule('required')),
    v.maxLength(max, rule('too-long')),
  )
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, rule('shape')), v.maxLength(max, rule('too-many')))

const specialDaySchema = v.variant(
  'closed',
  [
    v.object({ date, closed: v.literal(true, rule('shape')), note: text(UPDATES_LIMITS.note, false) }, rule('shape')),
    v.object(
      {
        date,
        closed: v.literal(false, rule('shape')),
        hours: v.object({ opens: time, closes: time }, rule('shape')),
        note: text(UPDATES_LIMITS.note, false),
      },
      rule('shape'),
    ),
  ],
  rule('shape'),
)

const noticeSchema = v.pipe(
  v.object(
    {
      id: v.pipe(v.string(rule('shape')), v.regex(NOTICE_ID, rule('id')), v.maxLength(UPDATES_LIMITS.id, rule('too-long'))),
      title: text(UPDATES_LIMITS.title, true),
      body: text(UPDATES_LIMITS.body, false),
      from: date,
      until: date,
    },
    rule('shape'),
  ),
  v.check((notice) => notice.from <= notice.until, rule('from-after-until')),
)

const specialDaysSchema = list(specialDaySchema, UPDATES_LIMITS.specialDays)

/** Unknown fields are dropped, not refused: a newer staff page may add some that this app does not know. */
const updatesSchema = v.object(
  {
    version: v.literal(1, rule('version')),
    publishedAt: v.pipe(
      v.string(rule('shape')),
      v.check((value) => TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)), rule('timestamp')),
    ),
    specialDays: specialDaysSchema,
    notices: v.pipe(
      list(noticeSchema, UPDATES_LIMITS.notices),
      v.check((notices) => new Set(notices.map((n) => n.id)).size === notices.length, rule('id-twice')),
    ),
  },
  rule('shape'),
)

const pathOf = (issue: v.BaseIssue<unknown>) => (issue.path ?? []).map((item) => String(item.key)).join('.')

/** What the engine itself cannot represent in the file's special days (closing before opening, a date twice). */
function engineProblems(specialDays: Updates['specialDays'], schedule: Schedule): UpdatesProblem[] {
  const at = (date: IsoDate) => `specialDays.${specialDays.findIndex((day) => day.date === date)}`
  return scheduleIssues({ ...schedule, specialDays }).flatMap((issue): UpdatesProblem[] => {
    if (issue.kind === 'date-twice') return [{ at: at(issue.date), rule: 'date-twice' }]
    if (issue.kind === 'closes-not-after-opens' && 'date' in issue.at) {
      return [{ at: `${at(issue.at.date)}.hours`, rule: 'closes-not-after-opens' }]
    }
    return [] // the bundled seasons: checked by the data tests, not the file's doing
  })
}

/**
 * Checks an already parsed value against the contract and the schedule engine. The engine's problems are found
 * even when another part of the file is wrong, so staff hear about everything at once.
 */
export function checkUpdates(value: unknown, schedule: Schedule): UpdatesCheck {
  const parsed = v.safeParse(updatesSchema, value)
  if (parsed.success) {
    const problems = engineProblems(parsed.output.specialDays, schedule)
    return problems.length > 0 ? { ok: false, problems } : { ok: true, updates: parsed.output }
  }
  const days = v.safeParse(specialDaysSchema, (value as { specialDays?: unknown } | null)?.specialDays)
  return {
    ok: false,
    problems: [
      ...parsed.issues.map((issue) => ({ at: pathOf(issue), rule: issue.message as UpdatesRule })),
      ...(days.success ? engineProblems(days.output, schedule) : []),
    ],
  }
}

/** Checks the file's text: too large or not JSON (e.g. cut off in transfer) is refused before anything else. */
export function parseUpdates(text: string, schedule: Schedule): UpdatesCheck {
  if (text.length > UPDATES_LIMITS.fileChars) return { ok: false, problems: [{ at: '', rule: 'too-large' }] }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problems: [{ at: '', rule: 'json' }] }
  }
  return checkUpdates(value, schedule)
}

/** One line for a developer's console, e.g. "specialDays.0.hours.opens: time; notices: too-many". */
export function describeProblems(problems: readonly UpdatesProblem[]): string {
  return problems.map((p) => `${p.at || 'file'}: ${p.rule}`).join('; ')
}

/** The bundled schedule with the file's special days: one of the file replaces the bundled one of its date. */
export function withUpdates(schedule: Schedule, updates: Updates | null): Schedule {
  return updates ? withSpecialDays(schedule, updates.specialDays) : schedule
}

/** A stored last good copy, checked again (a newer app may know better than the one that stored it); null if none or bad. */
export function storedUpdatesOf(text: string | null, schedule: Schedule): Updates | null {
  const check = text === null ? null : parseUpdates(text, schedule)
  return check?.ok ? check.updates : null
}

/** The notices to show on a Beijing date: from `from` through `until`, both days included, in the file's order. */
export function activeNotices(updates: Updates | null, date: IsoDate): Notice[] {
  return (updates?.notices ?? []).filter((notice) => notice.from <= date && date <= notice.until)
}
