/** Turns the engine's status into words. The words come from a locale dictionary; the rules stay here. */
import type { ClockTime } from '../../types/centre'
import type { CentreStatus, DayPlan, LocalMoment } from './schedule'

export interface StatusWords {
  readonly open: string
  readonly closingSoon: string
  readonly closed: string
  readonly closesAt: (time: ClockTime) => string
  readonly closingAt: (time: ClockTime) => string
  readonly opensAt: (day: string, time: ClockTime) => string
  readonly noOpening: string
  readonly today: string
  readonly tomorrow: string
  /** Sunday first, as Date#getDay counts. */
  readonly weekdays: readonly [string, string, string, string, string, string, string]
  readonly monthDay: (month: number, day: number) => string
}

export interface StatusLabel {
  readonly headline: string
  readonly detail: string
}

/** 今天 / 明天 / 周六 within the coming week, else the date, so "周六" is never ambiguous. */
export function dayWord(moment: LocalMoment, words: StatusWords): string {
  if (moment.daysFromToday === 0) return words.today
  if (moment.daysFromToday === 1) return words.tomorrow
  if (moment.daysFromToday < 7) return words.weekdays[moment.weekday]
  const [, month, day] = moment.date.split('-').map(Number)
  return words.monthDay(month, day)
}

export function statusLabel(status: CentreStatus, words: StatusWords): StatusLabel {
  if (status.state === 'open' && status.closesAt) {
    return { headline: words.open, detail: words.closesAt(status.closesAt.time) }
  }
  if (status.state === 'closing-soon' && status.closesAt) {
    return { headline: words.closingSoon, detail: words.closingAt(status.closesAt.time) }
  }
  const next = status.nextOpen
  return { headline: words.closed, detail: next ? words.opensAt(dayWord(next, words), next.time) : words.noOpening }
}

export function statusLabelText(status: CentreStatus, words: StatusWords): string {
  const { headline, detail } = statusLabel(status, words)
  return `${headline} · ${detail}`
}

export interface TodayWords {
  readonly todayHours: string
  readonly closedToday: string
  readonly hours: (opens: ClockTime, closes: ClockTime) => string
}

/** The home page's line for the day's hours: "今日开放 10:00—22:30", or just "今日闭馆" on a closed day. */
export function todayHoursText(today: DayPlan, words: TodayWords): string {
  return today.hours ? `${words.todayHours} ${words.hours(today.hours.opens, today.hours.closes)}` : words.closedToday
}
