/**
 * The schedule engine, table-driven. Every instant is written as a Beijing wall-clock time and built with Date.UTC
 * (see ./beijing-time), so these cases mean the same thing under TZ=Asia/Shanghai, Asia/Urumqi and UTC.
 * The schedule under test is defined here from the article (夏季 10:00—23:00, 冬季 10:00—22:30, with the
 * assumed switch dates 05-01 / 10-01), so engine tests do not move when staff edit the data.
 */
import {
  DEFAULT_CLOSING_SOON_MINUTES,
  dayPlanAt,
  nextChange,
  scheduleProblems,
  seasonEnds,
  seasonOn,
  statusAt,
  toXinjiangTime,
  upcomingSpecialDays,
  type OpenState,
  type StatusOptions,
} from '../../src/domain/schedule'
import { statusLabel, statusLabelText, type StatusWords } from '../../src/domain/status-label'
import { zh } from '../../src/i18n/zh'
import { centre } from '../../src/data/centre'
import type { ClockTime, IsoDate, MonthDay, Schedule, Season, SeasonId, SpecialDay } from '../../types/centre'
import { bj, bjString } from './beijing-time'
import { scheduleWith, summer, winter } from './test-schedule'

/** Closed days from `from` for `count` consecutive days. */
function closures(from: IsoDate, count: number): SpecialDay[] {
  const start = Date.parse(`${from}T00:00:00Z`)
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10) as IsoDate,
    closed: true as const,
    note: 'test closure',
  }))
}

const article = scheduleWith()

const specials = scheduleWith([
  { date: '2026-11-20', closed: false, hours: { opens: '14:00', closes: '18:00' }, note: '下午开放' },
  { date: '2026-11-10', closed: true, note: '设备检修' },
])

interface StatusCase {
  readonly name: string
  readonly at: string
  readonly state: OpenState
  /** The next change of open/closed, Beijing wall clock. */
  readonly next: string | null
  readonly season?: SeasonId
  readonly schedule?: Schedule
  readonly options?: StatusOptions
}

const statusCases: readonly StatusCase[] = [
  // A summer day (2026-07-15, a Wednesday): 10:00—23:00.
  { name: 'midnight, before opening', at: '2026-07-15 00:00', state: 'closed', next: '2026-07-15 10:00', season: 'summer' },
  { name: 'one minute before opening', at: '2026-07-15 09:59', state: 'closed', next: '2026-07-15 10:00' },
  { name: 'at opening', at: '2026-07-15 10:00', state: 'open', next: '2026-07-15 23:00' },
  { name: 'mid-day', at: '2026-07-15 15:30', state: 'open', next: '2026-07-15 23:00' },
  { name: '61 minutes before closing', at: '2026-07-15 21:59', state: 'open', next: '2026-07-15 23:00' },
  { name: '60 minutes before closing (inclusive)', at: '2026-07-15 22:00', state: 'closing-soon', next: '2026-07-15 23:00' },
  { name: '59 minutes before closing', at: '2026-07-15 22:01', state: 'closing-soon', next: '2026-07-15 23:00' },
  { name: 'one minute before closing', at: '2026-07-15 22:59', state: 'closing-soon', next: '2026-07-15 23:00' },
  { name: 'at closing', at: '2026-07-15 23:00', state: 'closed', next: '2026-07-16 10:00' },
  { name: 'after closing', at: '2026-07-15 23:30', state: 'closed', next: '2026-07-16 10:00' },
  { name: 'last minute of the day', at: '2026-07-15 23:59', state: 'closed', next: '2026-07-16 10:00' },
  // A winter day (2026-01-15): 10:00—22:30.
  { name: 'winter: 61 minutes before closing', at: '2026-01-15 21:29', state: 'open', next: '2026-01-15 22:30', season: 'winter' },
  { name: 'winter: 60 minutes before closing', at: '2026-01-15 21:30', state: 'closing-soon', next: '2026-01-15 22:30' },
  { name: 'winter: 59 minutes before closing', at: '2026-01-15 21:31', state: 'closing-soon', next: '2026-01-15 22:30' },
  { name: 'winter: at closing', at: '2026-01-15 22:30', state: 'closed', next: '2026-01-16 10:00' },
  { name: 'winter: after closing', at: '2026-01-15 22:45', state: 'closed', next: '2026-01-16 10:00' },
  // Season boundaries (assumed: summer from 05-01, winter from 10-01).
  { name: 'last summer day 09-30, 21:45: summer hours, still open', at: '2026-09-30 21:45', state: 'open', next: '2026-09-30 23:00', season: 'summer' },
  { name: 'last summer day 09-30, 22:45: closing soon at 23:00', at: '2026-09-30 22:45', state: 'closing-soon', next: '2026-09-30 23:00', season: 'summer' },
  { name: 'first winter day 10-01, 21:45: closing soon at 22:30', at: '2026-10-01 21:45', state: 'closing-soon', next: '2026-10-01 22:30', season: 'winter' },
  { name: 'first winter day 10-01, 22:45: closed', at: '2026-10-01 22:45', state: 'closed', next: '2026-10-02 10:00', season: 'winter' },
  { name: 'last winter day 04-30, 21:45: closing soon at 22:30', at: '2026-04-30 21:45', state: 'closing-soon', next: '2026-04-30 22:30', season: 'winter' },
  { name: 'last winter day 04-30, 22:45: closed, opens 05-01', at: '2026-04-30 22:45', state: 'closed', next: '2026-05-01 10:00', season: 'winter' },
  { name: 'first summer day 05-01, 21:45: open', at: '2026-05-01 21:45', state: 'open', next: '2026-05-01 23:00', season: 'summer' },
  { name: 'first summer day 05-01, 22:45: closing soon at 23:00', at: '2026-05-01 22:45', state: 'closing-soon', next: '2026-05-01 23:00', season: 'summer' },
  // The year end and a leap day.
  { name: "New Year's Eve, late: next open 01-01 10:00", at: '2026-12-31 22:45', state: 'closed', next: '2027-01-01 10:00', season: 'winter' },
  { name: "New Year's Eve, closing soon", at: '2026-12-31 22:00', state: 'closing-soon', next: '2026-12-31 22:30' },
  { name: 'leap day is a winter day', at: '2028-02-29 12:00', state: 'open', next: '2028-02-29 22:30', season: 'winter' },
  { name: 'the day before a leap day, late', at: '2028-02-28 23:00', state: 'closed', next: '2028-02-29 10:00' },
  // Special days.
  { name: 'eve of a special closed day: next opening skips it', at: '2026-11-09 22:45', state: 'closed', next: '2026-11-11 10:00', schedule: specials },
  { name: 'special closed day, morning: not today 10:00', at: '2026-11-10 09:00', state: 'closed', next: '2026-11-11 10:00', schedule: specials },
  { name: 'special closed day, mid-day', at: '2026-11-10 12:00', state: 'closed', next: '2026-11-11 10:00', schedule: specials },
  { name: 'eve of a special-hours day: opens at 14:00', at: '2026-11-19 23:00', state: 'closed', next: '2026-11-20 14:00', schedule: specials },
  { name: 'special-hours day, at usual opening: closed', at: '2026-11-20 10:30', state: 'closed', next: '2026-11-20 14:00', schedule: specials },
  { name: 'special-hours day, at its opening', at: '2026-11-20 14:00', state: 'open', next: '2026-11-20 18:00', schedule: specials },
  { name: 'special-hours day, 90 minutes before its closing', at: '2026-11-20 16:30', state: 'open', next: '2026-11-20 18:00', schedule: specials },
  { name: 'special-hours day, 59 minutes before its closing', at: '2026-11-20 17:01', state: 'closing-soon', next: '2026-11-20 18:00', schedule: specials },
  { name: 'special-hours day, at its closing', at: '2026-11-20 18:00', state: 'closed', next: '2026-11-21 10:00', schedule: specials },
  { name: 'special-hours day, at usual closing', at: '2026-11-20 22:00', state: 'closed', next: '2026-11-21 10:00', schedule: specials },
  // closingSoonMinutes is configurable.
  { name: 'closingSoonMinutes 30: 31 minutes before', at: '2026-07-15 22:29', state: 'open', next: '2026-07-15 23:00', options: { closingSoonMinutes: 30 } },
  { name: 'closingSoonMinutes 30: 30 minutes before', at: '2026-07-15 22:30', state: 'closing-soon', next: '2026-07-15 23:00', options: { closingSoonMinutes: 30 } },
  { name: 'closingSoonMinutes 120: 2 hours before', at: '2026-07-15 21:00', state: 'closing-soon', next: '2026-07-15 23:00', options: { closingSoonMinutes: 120 } },
  { name: 'closingSoonMinutes 120: 121 minutes before', at: '2026-07-15 20:59', state: 'open', next: '2026-07-15 23:00', options: { closingSoonMinutes: 120 } },
  { name: 'closingSoonMinutes 0: one minute before', at: '2026-07-15 22:59', state: 'open', next: '2026-07-15 23:00', options: { closingSoonMinutes: 0 } },
]

describe('statusAt / nextChange', () => {
  test.each(statusCases)('$name ($at)', ({ at, state, next, season, schedule, options }) => {
    const status = statusAt(bj(at), schedule ?? article, options)
    expect(status.state).toBe(state)
    expect(status.at).toBe(bj(at))
    expect(bjString(nextChange(status))).toBe(next)
    if (state === 'closed') {
      expect(status.closesAt).toBeNull()
      expect(bjString(status.nextOpen?.at)).toBe(next)
    } else {
      expect(status.nextOpen).toBeNull()
      expect(bjString(status.closesAt?.at)).toBe(next)
    }
    const moment = status.closesAt ?? status.nextOpen
    if (moment && next) {
      // The moment's own fields describe the same Beijing wall-clock time.
      expect(`${moment.date} ${moment.time}`).toBe(next)
      const days = (Date.parse(`${moment.date}T00:00:00Z`) - Date.parse(`${at.slice(0, 10)}T00:00:00Z`)) / 86_400_000
      expect(moment.daysFromToday).toBe(days)
      expect(moment.weekday).toBe(new Date(`${moment.date}T00:00:00Z`).getUTCDay())
    }
    expect(status.today.date).toBe(at.slice(0, 10))
    if (season) expect(status.today.season.id).toBe(season)
  })

  test('a Date and epoch ms give the same status', () => {
    const ms = bj('2026-09-30 22:45')
    expect(statusAt(new Date(ms), article)).toEqual(statusAt(ms, article))
  })

  test(`the default closing-soon threshold is ${DEFAULT_CLOSING_SOON_MINUTES} minutes`, () => {
    expect(DEFAULT_CLOSING_SOON_MINUTES).toBe(60)
    expect(statusAt(bj('2026-07-15 22:00'), article).state).toBe('closing-soon')
    expect(statusAt(bj('2026-07-15 22:00'), article, {}).state).toBe('closing-soon')
  })

  test('no opening within the look-ahead: closed, no next opening, no next change', () => {
    const shut = scheduleWith(closures('2026-07-15', 400))
    const status = statusAt(bj('2026-07-15 12:00'), shut)
    expect(status.state).toBe('closed')
    expect(status.nextOpen).toBeNull()
    expect(nextChange(status)).toBeNull()
  })
})

describe('seasons wrapping the year end (11-15 and 03-01)', () => {
  const cold: Season = { id: 'winter', name: '冬季', starts: '11-15', hours: { opens: '10:00', closes: '18:00' } }
  const warm: Season = { id: 'summer', name: '春夏', starts: '03-01', hours: { opens: '09:00', closes: '20:00' } }
  // Listed latest-first on purpose: the engine must not depend on the order.
  const wrapping = scheduleWith([], [cold, warm])

  test.each<[MonthDay, SeasonId]>([
    ['01-01', 'winter'],
    ['02-28', 'winter'],
    ['02-29', 'winter'],
    ['03-01', 'summer'],
    ['07-15', 'summer'],
    ['11-14', 'summer'],
    ['11-15', 'winter'],
    ['12-31', 'winter'],
  ])('seasonOn(%s) is %s', (monthDay, id) => {
    expect(seasonOn(monthDay, wrapping.seasons).id).toBe(id)
  })

  test.each<[string, MonthDay, Season]>([
    ['冬季 from 11-15', '02-28', cold],
    ['春夏 from 03-01', '11-14', warm],
  ])('seasonEnds: %s ends %s', (_name, ends, season) => {
    expect(seasonEnds(season, wrapping.seasons)).toBe(ends)
  })

  test.each(
    [
      { at: '2026-11-14 19:30', state: 'closing-soon', next: '2026-11-14 20:00' },
      { at: '2026-11-15 19:30', state: 'closed', next: '2026-11-16 10:00' },
      { at: '2026-12-31 17:30', state: 'closing-soon', next: '2026-12-31 18:00' },
      { at: '2026-12-31 18:00', state: 'closed', next: '2027-01-01 10:00' },
      { at: '2027-01-01 08:30', state: 'closed', next: '2027-01-01 10:00' },
      { at: '2027-02-28 19:00', state: 'closed', next: '2027-03-01 09:00' },
      { at: '2027-03-01 09:00', state: 'open', next: '2027-03-01 20:00' },
    ] as const,
  )('statusAt $at: $state, next change $next', ({ at, state, next }) => {
    const status = statusAt(bj(at), wrapping)
    expect(status.state).toBe(state)
    expect(bjString(nextChange(status))).toBe(next)
  })
})

describe('seasonOn / seasonEnds with the article seasons', () => {
  test.each<[MonthDay, SeasonId]>([
    ['01-01', 'winter'],
    ['04-30', 'winter'],
    ['05-01', 'summer'],
    ['09-30', 'summer'],
    ['10-01', 'winter'],
    ['12-31', 'winter'],
  ])('seasonOn(%s) is %s', (monthDay, id) => {
    expect(seasonOn(monthDay, article.seasons).id).toBe(id)
    expect(seasonOn(monthDay, [winter, summer]).id).toBe(id)
  })

  test.each<[string, MonthDay, Season]>([
    ['夏季', '09-30', summer],
    ['冬季', '04-30', winter],
  ])('seasonEnds: %s ends %s', (_name, ends, season) => {
    expect(seasonEnds(season, article.seasons)).toBe(ends)
  })

  test('a single season lasts all year', () => {
    const only: Season = { id: 'summer', name: '全年', starts: '01-01', hours: { opens: '08:00', closes: '20:00' } }
    expect(seasonOn('07-01', [only])).toBe(only)
    expect(seasonEnds(only, [only])).toBe('12-31')
  })
})

describe('toXinjiangTime (UTC+6 = Beijing − 2 h)', () => {
  test.each<[ClockTime, ClockTime]>([
    ['23:00', '21:00'],
    ['22:30', '20:30'],
    ['10:00', '08:00'],
    ['02:00', '00:00'],
    ['01:30', '23:30'],
    ['00:00', '22:00'],
    ['23:59', '21:59'],
  ])('北京时间 %s = 新疆时间 %s', (beijing, xinjiang) => {
    expect(toXinjiangTime(beijing)).toBe(xinjiang)
  })
})

describe('upcomingSpecialDays', () => {
  const schedule = scheduleWith([
    { date: '2026-12-01', closed: true, note: 'c' },
    { date: '2026-10-02', closed: true, note: 'b' },
    { date: '2026-09-30', closed: true, note: 'a' },
    { date: '2026-10-20', closed: false, hours: { opens: '14:00', closes: '18:00' }, note: 'special hours' },
    { date: '2027-03-01', closed: true, note: 'd' },
  ])

  test.each<[string, string, number | undefined, string[]]>([
    ['default window (60 days), in date order, past days left out', '2026-10-01 12:00', undefined, ['2026-10-02', '2026-10-20']],
    ["today's special day is included", '2026-09-30 23:59', undefined, ['2026-09-30', '2026-10-02', '2026-10-20']],
    ['a day exactly 60 days ahead is included', '2026-10-02 08:00', undefined, ['2026-10-02', '2026-10-20', '2026-12-01']],
    // 00:30 Beijing on 10-01 is still 09-30 in UTC: the Beijing date decides.
    ['the Beijing date decides, not UTC', '2026-10-01 00:30', undefined, ['2026-10-02', '2026-10-20']],
    ['a 1-day window', '2026-10-01 12:00', 1, ['2026-10-02']],
    ['a long window', '2026-09-01 12:00', 365, ['2026-09-30', '2026-10-02', '2026-10-20', '2026-12-01', '2027-03-01']],
    ['none ahead', '2027-03-02 12:00', undefined, []],
  ])('%s (%s, window %p days)', (_name, at, days, dates) => {
    expect(upcomingSpecialDays(bj(at), schedule, days).map((d) => d.date)).toEqual(dates)
  })

  test('no special days at all', () => {
    expect(upcomingSpecialDays(bj('2026-10-01 12:00'), article)).toEqual([])
  })
})

describe('dayPlanAt', () => {
  test.each<[string, Schedule, IsoDate, SeasonId, { opens: ClockTime; closes: ClockTime } | null, string | null]>([
    ['2026-09-30 23:59', article, '2026-09-30', 'summer', { opens: '10:00', closes: '23:00' }, null],
    ['2026-10-01 00:00', article, '2026-10-01', 'winter', { opens: '10:00', closes: '22:30' }, null],
    // Still 09-30 in UTC and in 新疆时间: the Beijing date decides.
    ['2026-10-01 07:59', article, '2026-10-01', 'winter', { opens: '10:00', closes: '22:30' }, null],
    ['2026-04-30 23:59', article, '2026-04-30', 'winter', { opens: '10:00', closes: '22:30' }, null],
    ['2026-05-01 00:00', article, '2026-05-01', 'summer', { opens: '10:00', closes: '23:00' }, null],
    ['2026-11-10 12:00', specials, '2026-11-10', 'winter', null, '设备检修'],
    ['2026-11-20 08:00', specials, '2026-11-20', 'winter', { opens: '14:00', closes: '18:00' }, '下午开放'],
  ])('%s', (at, schedule, date, season, hours, note) => {
    const plan = dayPlanAt(bj(at), schedule)
    expect(plan.date).toBe(date)
    expect(plan.season.id).toBe(season)
    expect(plan.hours).toEqual(hours)
    expect(plan.specialDay?.note ?? null).toBe(note)
  })
})

// The app's own Chinese words (src/i18n/zh.ts), so these cases read exactly as a resident sees them.
const words: StatusWords = zh.status

describe('status label (Chinese)', () => {
  // 2026-10-01/02 (Thu/Fri) closed: from Wednesday night the next opening is Saturday 10-03.
  const longWeekend = scheduleWith(closures('2026-10-01', 2))
  // 2027-01-04…08 (Mon–Fri) closed: from Sunday night the next opening is Saturday 01-09, 6 days ahead.
  const weekClosed = scheduleWith(closures('2027-01-04', 5))
  // 2027-02-01…06 closed: from Sunday 01-31 the next opening is Sunday 02-07, exactly 7 days ahead.
  const sixDays = scheduleWith(closures('2027-02-01', 6))
  // 2027-02-01…07 closed: the next opening is Monday 02-08, 8 days ahead.
  const sevenDays = scheduleWith(closures('2027-02-01', 7))

  test.each<[string, string, string, Schedule]>([
    ['open, summer', '2026-07-15 15:00', '开放中 · 23:00 闭馆', article],
    ['closing soon, winter', '2026-01-15 22:00', '即将闭馆 · 22:30', article],
    ['before opening', '2026-01-15 08:00', '已闭馆 · 今天 10:00 开放', article],
    ['after closing', '2026-01-15 23:00', '已闭馆 · 明天 10:00 开放', article],
    ["New Year's Eve, late", '2026-12-31 22:45', '已闭馆 · 明天 10:00 开放', article],
    ['special hours today', '2026-11-20 10:30', '已闭馆 · 今天 14:00 开放', specials],
    ['Wednesday night, Thu–Fri closed: Saturday (3 days)', '2026-09-30 23:00', '已闭馆 · 周六 10:00 开放', longWeekend],
    ['Thursday, closed: Saturday (2 days)', '2026-10-01 12:00', '已闭馆 · 周六 10:00 开放', longWeekend],
    ['Sunday night, Mon–Fri closed: Saturday (6 days)', '2027-01-03 23:00', '已闭馆 · 周六 10:00 开放', weekClosed],
    ['exactly a week ahead: the date, not 周日', '2027-01-31 23:00', '已闭馆 · 2月7日 10:00 开放', sixDays],
    ['beyond a week: the date', '2027-01-31 23:00', '已闭馆 · 2月8日 10:00 开放', sevenDays],
    ['no opening within a year', '2026-07-15 12:00', '已闭馆 · 暂无开放安排，请电话咨询', scheduleWith(closures('2026-07-15', 400))],
  ])('%s (%s): %s', (_name, at, text, schedule) => {
    expect(statusLabelText(statusAt(bj(at), schedule), words)).toBe(text)
  })

  test('the Saturday really is a Saturday', () => {
    const next = statusAt(bj('2026-09-30 23:00'), longWeekend).nextOpen
    expect(next?.date).toBe('2026-10-03')
    expect(next?.weekday).toBe(6)
    expect(new Date(Date.UTC(2026, 9, 3)).getUTCDay()).toBe(6)
    expect(new Date(Date.UTC(2027, 0, 9)).getUTCDay()).toBe(6)
  })

  test('headline and detail separately', () => {
    expect(statusLabel(statusAt(bj('2026-09-30 22:45'), article), words)).toEqual({
      headline: '即将闭馆',
      detail: '23:00',
    })
  })
})

describe('scheduleProblems', () => {
  const base = scheduleWith()

  test('the centre’s own schedule is sound', () => {
    expect(scheduleProblems(centre.schedule)).toEqual([])
  })

  test.each<[string, Partial<Schedule>, RegExp]>([
    ['hours past midnight', { specialDays: [{ date: '2026-12-31', closed: false, hours: { opens: '20:00', closes: '01:00' }, note: '' }] }, /not after opens/],
    ['closing when opening', { seasons: [{ id: 'summer', name: '夏季', starts: '05-01', hours: { opens: '10:00', closes: '10:00' } }] }, /not after opens/],
    ['two seasons on one day', { seasons: [base.seasons[0], { ...base.seasons[1], starts: '05-01' }] }, /same day/],
    ['a date twice', { specialDays: [{ date: '2027-01-01', closed: true, note: '' }, { date: '2027-01-01', closed: true, note: '' }] }, /listed twice/],
  ])('finds %s', (_, change, message) => {
    expect(scheduleProblems({ ...base, ...change } as Schedule).join('\n')).toMatch(message)
  })
})
