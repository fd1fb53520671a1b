/**
 * The schedule engine: is the centre open at a given instant? Pure, no Taro. Every wall-clock question is answered
 * in the schedule's own zone (Beijing, UTC+8) by shifting the instant, never by the device's zone: many phones here
 * run on 新疆时间 (UTC+6), and a status computed in the phone's zone would be two hours wrong.
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import type { ClockTime, DailyHours, IsoDate, MonthDay, Schedule, Season, SeasonId, SpecialDay } from '../../types/centre'

dayjs.extend(utc)

export type Instant = Date | number
export type OpenState = 'open' | 'closing-soon' | 'closed'

const MINUTE_MS = 60_000
const DAY_MINUTES = 24 * 60
/** How far ahead the engine looks for the next opening (special closures could span weeks). */
const LOOKAHEAD_DAYS = 366
export const DEFAULT_CLOSING_SOON_MINUTES = 60

/** A moment at the centre, in Beijing wall-clock terms, relative to "today" of the instant asked about. */
export interface LocalMoment {
  readonly at: number
  readonly date: IsoDate
  readonly time: ClockTime
  /** 0 = the same Beijing day as the instant asked about, 1 = the next day… */
  readonly daysFromToday: number
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number
}

export interface DayPlan {
  readonly date: IsoDate
  readonly season: Season
  /** null when the day is closed. */
  readonly hours: DailyHours | null
  readonly specialDay: SpecialDay | null
}

export interface CentreStatus {
  readonly state: OpenState
  readonly at: number
  readonly today: DayPlan
  /** When the centre closes: set while it is open. */
  readonly closesAt: LocalMoment | null
  /** When the centre next opens: set while it is closed (null only if no opening within a year). */
  readonly nextOpen: LocalMoment | null
}

export interface StatusOptions {
  /** "Closing soon" starts this many minutes before closing time (inclusive). */
  readonly closingSoonMinutes?: number
}

export function toEpochMs(instant: Instant): number {
  return typeof instant === 'number' ? instant : instant.getTime()
}

export function minutesOfDay(time: ClockTime): number {
  const [h, m] = time.split(':')
  return Number(h) * 60 + Number(m)
}

function clockTimeFromMinutes(minutes: number): ClockTime {
  const wrapped = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES
  const hh = String(Math.floor(wrapped / 60)).padStart(2, '0')
  const mm = String(wrapped % 60).padStart(2, '0')
  return `${hh}:${mm}` as ClockTime
}

/** The season in force on a month-day: the one whose start is the latest not after it, wrapping the year end. */
export function seasonOn(monthDay: MonthDay, seasons: Schedule['seasons']): Season {
  const byStart = [...seasons].sort((a, b) => a.starts.localeCompare(b.starts))
  const started = byStart.filter((s) => s.starts <= monthDay)
  return started.length > 0 ? started[started.length - 1] : byStart[byStart.length - 1]
}

/** The last day of a season: the day before the next season starts (counted in a common year). */
export function seasonEnds(season: Season, seasons: Schedule['seasons']): MonthDay {
  const starts = [...seasons].map((s) => s.starts).sort()
  const next = starts.find((s) => s > season.starts) ?? starts[0]
  return dayjs.utc(`2001-${next}`).subtract(1, 'day').format('MM-DD') as MonthDay
}

/** The instant as a Dayjs whose UTC fields read Beijing wall-clock time. */
function wallClock(epochMs: number, schedule: Schedule): Dayjs {
  return dayjs.utc(epochMs + schedule.utcOffsetMinutes * MINUTE_MS)
}

function planFor(day: Dayjs, schedule: Schedule): DayPlan {
  const date = day.format('YYYY-MM-DD') as IsoDate
  const season = seasonOn(day.format('MM-DD') as MonthDay, schedule.seasons)
  const specialDay = schedule.specialDays.find((d) => d.date === date) ?? null
  const hours = specialDay ? (specialDay.closed ? null : specialDay.hours) : season.hours
  return { date, season, hours, specialDay }
}

/** The plan (season, hours, special day) for the Beijing calendar day containing the instant. */
export function dayPlanAt(instant: Instant, schedule: Schedule): DayPlan {
  return planFor(wallClock(toEpochMs(instant), schedule).startOf('day'), schedule)
}

export function statusAt(instant: Instant, schedule: Schedule, options: StatusOptions = {}): CentreStatus {
  const closingSoonMs = (options.closingSoonMinutes ?? DEFAULT_CLOSING_SOON_MINUTES) * MINUTE_MS
  const at = toEpochMs(instant)
  const offsetMs = schedule.utcOffsetMinutes * MINUTE_MS
  const todayWall = wallClock(at, schedule).startOf('day')

  const moment = (dayWall: Dayjs, daysFromToday: number, time: ClockTime): LocalMoment => ({
    at: dayWall.valueOf() - offsetMs + minutesOfDay(time) * MINUTE_MS,
    date: dayWall.format('YYYY-MM-DD') as IsoDate,
    time,
    daysFromToday,
    weekday: dayWall.day(),
  })

  const today = planFor(todayWall, schedule)
  if (today.hours) {
    const opens = moment(todayWall, 0, today.hours.opens)
    const closes = moment(todayWall, 0, today.hours.closes)
    if (at >= opens.at && at < closes.at) {
      const state = closes.at - at <= closingSoonMs ? 'closing-soon' : 'open'
      return { state, at, today, closesAt: closes, nextOpen: null }
    }
    if (at < opens.at) return { state: 'closed', at, today, closesAt: null, nextOpen: opens }
  }
  for (let d = 1; d <= LOOKAHEAD_DAYS; d++) {
    const dayWall = todayWall.add(d, 'day')
    const plan = planFor(dayWall, schedule)
    if (plan.hours) return { state: 'closed', at, today, closesAt: null, nextOpen: moment(dayWall, d, plan.hours.opens) }
  }
  return { state: 'closed', at, today, closesAt: null, nextOpen: null }
}

/** The instant the open/closed state next changes, or null if never within the look-ahead. */
export function nextChange(status: CentreStatus): number | null {
  return (status.closesAt ?? status.nextOpen)?.at ?? null
}

/** A Beijing wall-clock time as 新疆时间 (UTC+6), for the hint "北京时间 23:00(新疆时间 21:00)". */
export function toXinjiangTime(beijing: ClockTime): ClockTime {
  return clockTimeFromMinutes(minutesOfDay(beijing) - 120)
}

/** Special days from the instant's Beijing date on, within `days` days, in date order. */
export function upcomingSpecialDays(instant: Instant, schedule: Schedule, days = 60): SpecialDay[] {
  const from = wallClock(toEpochMs(instant), schedule).startOf('day')
  const until = from.add(days, 'day').format('YYYY-MM-DD')
  const today = from.format('YYYY-MM-DD')
  return schedule.specialDays
    .filter((d) => d.date >= today && d.date <= until)
    .sort((a, b) => a.date.localeCompare(b.date))
}

/** Something the engine cannot represent, located where it is. */
export type ScheduleIssue =
  /** Closing at or before opening (hours past midnight are not supported), in a season or on a special day. */
  | {
      readonly kind: 'closes-not-after-opens'
      readonly at: { readonly season: SeasonId } | { readonly date: IsoDate }
      readonly hours: DailyHours
    }
  | { readonly kind: 'seasons-share-start'; readonly starts: readonly MonthDay[] }
  | { readonly kind: 'date-twice'; readonly date: IsoDate }

export function scheduleIssues(schedule: Schedule): ScheduleIssue[] {
  const issues: ScheduleIssue[] = []
  const checkHours = (at: { season: SeasonId } | { date: IsoDate }, hours: DailyHours) => {
    if (minutesOfDay(hours.closes) <= minutesOfDay(hours.opens)) issues.push({ kind: 'closes-not-after-opens', at, hours })
  }
  schedule.seasons.forEach((season) => checkHours({ season: season.id }, season.hours))
  const starts = schedule.seasons.map((season) => season.starts)
  if (new Set(starts).size !== starts.length) issues.push({ kind: 'seasons-share-start', starts })
  const dates = schedule.specialDays.map((day) => day.date)
  new Set(dates.filter((date, index) => dates.indexOf(date) !== index)).forEach((date) => issues.push({ kind: 'date-twice', date }))
  schedule.specialDays.forEach((day) => {
    if (!day.closed) checkHours({ date: day.date }, day.hours)
  })
  return issues
}

/** The schedule with these special days: each replaces the schedule's own day of the same date. */
export function withSpecialDays(schedule: Schedule, specialDays: readonly SpecialDay[]): Schedule {
  if (specialDays.length === 0) return schedule
  const replaced = new Set(specialDays.map((day) => day.date))
  return { ...schedule, specialDays: [...schedule.specialDays.filter((day) => !replaced.has(day.date)), ...specialDays] }
}

/** The same issues as sentences for developers (data tests, console). Empty when the schedule is sound. */
export function scheduleProblems(schedule: Schedule): string[] {
  return scheduleIssues(schedule).map((issue) => {
    if (issue.kind === 'seasons-share-start') return `two seasons start on the same day: ${issue.starts.join(', ')}`
    if (issue.kind === 'date-twice') return `a special day is listed twice: ${issue.date}`
    const where = 'date' in issue.at ? `special day ${issue.at.date}` : `season ${issue.at.season}`
    return `${where}: closes ${issue.hours.closes} is not after opens ${issue.hours.opens}`
  })
}
