/** Turns the engine's status into words. The words come from a locale dictionary; the rules stay here. */
import type { ClockTime } from '../../types/centre'
import type { Season } from '../../types/centre'
import { toXinjiangTime, type CentreStatus, type DayPlan, type LocalMoment } from './schedule'

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

export interface BannerWords extends TodayWords {
  readonly beijingTime: string
  readonly season: (name: string) => string
  readonly xinjiangTime: (hours: string) => string
}

/** The status area's words, picked from a locale dictionary (src/i18n). */
export function bannerWords({ common, home }: { readonly common: Pick<BannerWords, 'hours' | 'beijingTime' | 'xinjiangTime'>; readonly home: Pick<BannerWords, 'todayHours' | 'closedToday' | 'season'> }): BannerWords {
  return {
    todayHours: home.todayHours,
    closedToday: home.closedToday,
    season: home.season,
    hours: common.hours,
    beijingTime: common.beijingTime,
    xinjiangTime: common.xinjiangTime,
  }
}

/** One line under the status headline; secondary lines are the smaller grey ones. */
export interface BannerLine {
  readonly text: string
  readonly secondary: boolean
}

/** What the status area shows: 'pending' has no status word (a page built ahead of time cannot know the hour). */
export interface BannerContent {
  readonly state: CentreStatus['state'] | 'pending'
  readonly headline: string
  readonly detail: string
  readonly lines: readonly BannerLine[]
}

/**
 * The home page's status area for a status: the words, today's hours, their season, the hours in 新疆时间 and a
 * special day's note. Used by the app (StatusBanner) and by the script that fills in a pre-rendered page before
 * its first paint (src/web/first-paint-status.ts), so both say exactly the same.
 */
export function statusBannerContent(status: CentreStatus, words: StatusWords, banner: BannerWords, seasonName: string): BannerContent {
  const { headline, detail } = statusLabel(status, words)
  const hours = status.today.hours
  const lines: BannerLine[] = [
    { text: todayHoursText(status.today, banner), secondary: false },
    { text: `${banner.beijingTime} · ${banner.season(seasonName)}`, secondary: true },
  ]
  if (hours) lines.push({ text: banner.xinjiangTime(banner.hours(toXinjiangTime(hours.opens), toXinjiangTime(hours.closes))), secondary: true })
  if (status.today.specialDay) lines.push({ text: status.today.specialDay.note, secondary: true })
  return { state: status.state, headline, detail, lines }
}

/** The status area of a page built ahead of time (and read without JavaScript): every season's hours, no status word. */
export function pendingBannerContent(seasons: readonly Season[], banner: BannerWords, seasonName: (season: Season) => string): BannerContent {
  const lines = seasons.map((season) => ({
    text: `${banner.season(seasonName(season))} ${banner.hours(season.hours.opens, season.hours.closes)}`,
    secondary: false,
  }))
  return { state: 'pending', headline: '', detail: '', lines: [...lines, { text: banner.beijingTime, secondary: true }] }
}
