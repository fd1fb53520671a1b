/**
 * The updates file: the contract's validation table (every broken file of issue 12 is refused, naming the field and
 * the rule), the merge with the bundled schedule, and notices by Beijing date. Runs under Asia/Shanghai,
 * Asia/Urumqi and UTC (scripts/test.js) like the other schedule suites: the phone's zone must not matter.
 */
import { centre } from '../../src/data/centre'
import { dayPlanAt, statusAt, upcomingSpecialDays } from '../../src/domain/schedule'
import {
  activeNotices,
  checkUpdates,
  describeProblems,
  parseUpdates,
  UPDATES_LIMITS,
  withUpdates,
  type UpdatesProblem,
} from '../../src/domain/updates'
import type { Schedule } from '../../types/centre'
import type { Updates } from '../../types/updates'
import { bj } from './beijing-time'
import { scheduleWith } from './test-schedule'

const schedule: Schedule = scheduleWith([
  { date: '2027-01-29', closed: false, hours: { opens: '10:00', closes: '12:00' }, note: '除夕半天' },
  { date: '2027-02-01', closed: true, note: '盘点' },
])

/** The example of issue 12, as published. */
const example: Updates = {
  version: 1,
  publishedAt: '2027-01-20T10:00:00+08:00',
  specialDays: [
    { date: '2027-01-29', closed: true, note: '春节闭馆' },
    { date: '2027-05-01', closed: false, hours: { opens: '10:00', closes: '18:00' }, note: '劳动节' },
  ],
  notices: [{ id: 'yizhen-0125', title: '周六上午义诊', body: '1月25日 10:00—12:00，老年活动室。', from: '2027-01-20', until: '2027-01-25' }],
}

type Json = Record<string, unknown>
const clone = (): Json => JSON.parse(JSON.stringify(example))
const day = (date: string, extra: Json = {}) => ({ date, closed: true, note: '', ...extra })
const notice = (id: string, extra: Json = {}) => ({ id, title: '通知', body: '', from: '2027-01-20', until: '2027-01-21', ...extra })
const problemsOf = (value: unknown): readonly UpdatesProblem[] => {
  const result = checkUpdates(value, schedule)
  return result.ok ? [] : result.problems
}

describe('a good file', () => {
  test('the example of the issue is accepted as it is', () => {
    expect(parseUpdates(JSON.stringify(example), schedule)).toEqual({ ok: true, updates: example })
  })

  test('an empty file (nothing published yet) is accepted', () => {
    expect(checkUpdates({ version: 1, publishedAt: '2027-01-20T10:00:00Z', specialDays: [], notices: [] }, schedule).ok).toBe(true)
  })

  test('unknown fields are dropped, not refused (a newer staff page may add some)', () => {
    const file = { ...clone(), editor: 'staff', notices: [{ ...notice('a'), colour: 'red' }] }
    const result = checkUpdates(file, schedule)
    expect(result.ok && result.updates).toEqual({ ...example, notices: [notice('a')] })
  })

  test('markup is kept as plain text, never interpreted', () => {
    const title = '<b>义诊</b><img src=x onerror=alert(1)>'
    const result = checkUpdates({ ...clone(), notices: [notice('a', { title })] }, schedule)
    expect(result.ok && result.updates.notices[0].title).toBe(title)
  })

  test('the limits themselves are allowed', () => {
    const file = {
      ...clone(),
      specialDays: Array.from({ length: UPDATES_LIMITS.specialDays }, (_, i) => day(new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10))),
      notices: Array.from({ length: UPDATES_LIMITS.notices }, (_, i) => notice(`n${i}`, { title: '题'.repeat(UPDATES_LIMITS.title) })),
    }
    expect(problemsOf(file)).toEqual([])
  })
})

describe('a broken file is refused, naming the field and the rule', () => {
  const text = JSON.stringify(example)
  test.each<[string, string, UpdatesProblem]>([
    ['truncated JSON (cut off in transfer)', text.slice(0, text.length - 20), { at: '', rule: 'json' }],
    ['not JSON at all (an HTML error page)', '<html><body>502 Bad Gateway</body></html>', { at: '', rule: 'json' }],
    ['an empty body', '', { at: '', rule: 'json' }],
    ['over 64 KB', JSON.stringify({ ...example, pad: 'x'.repeat(UPDATES_LIMITS.fileChars) }), { at: '', rule: 'too-large' }],
  ])('%s', (_, body, problem) => {
    expect(parseUpdates(body, schedule)).toEqual({ ok: false, problems: [problem] })
  })

  test.each<[string, (file: Json) => unknown, UpdatesProblem]>([
    ['null', () => null, { at: '', rule: 'shape' }],
    ['a list instead of the object (none of its fields)', () => [], { at: 'version', rule: 'shape' }],
    ['another version', (f) => ({ ...f, version: 2 }), { at: 'version', rule: 'version' }],
    ['version as text', (f) => ({ ...f, version: '1' }), { at: 'version', rule: 'version' }],
    ['no publishedAt', (f) => ({ ...f, publishedAt: undefined }), { at: 'publishedAt', rule: 'shape' }],
    ['publishedAt without an offset', (f) => ({ ...f, publishedAt: '2027-01-20 10:00' }), { at: 'publishedAt', rule: 'timestamp' }],
    ['specialDays not a list', (f) => ({ ...f, specialDays: { date: '2027-01-29' } }), { at: 'specialDays', rule: 'shape' }],
    ['notices missing', (f) => ({ ...f, notices: undefined }), { at: 'notices', rule: 'shape' }],
    ['closed as text', (f) => ({ ...f, specialDays: [day('2027-01-29', { closed: 'yes' })] }), { at: 'specialDays.0.closed', rule: 'shape' }],
    ['a date as a number', (f) => ({ ...f, specialDays: [day('2027-01-29', { date: 20270129 })] }), { at: 'specialDays.0.date', rule: 'date' }],
    ['a date that does not exist (2027-02-30)', (f) => ({ ...f, specialDays: [day('2027-02-30')] }), { at: 'specialDays.0.date', rule: 'date' }],
    ['29 February of a common year', (f) => ({ ...f, specialDays: [day('2027-02-29')] }), { at: 'specialDays.0.date', rule: 'date' }],
    ['month 13', (f) => ({ ...f, specialDays: [day('2027-13-01')] }), { at: 'specialDays.0.date', rule: 'date' }],
    ['a date written 2027/1/29', (f) => ({ ...f, specialDays: [day('2027/1/29')] }), { at: 'specialDays.0.date', rule: 'date' }],
    [
      '25:00',
      (f) => ({ ...f, specialDays: [day('2027-05-01', { closed: false, hours: { opens: '10:00', closes: '25:00' } })] }),
      { at: 'specialDays.0.hours.closes', rule: 'time' },
    ],
    [
      '9:00 without its leading zero',
      (f) => ({ ...f, specialDays: [day('2027-05-01', { closed: false, hours: { opens: '9:00', closes: '18:00' } })] }),
      { at: 'specialDays.0.hours.opens', rule: 'time' },
    ],
    ['other hours without hours', (f) => ({ ...f, specialDays: [day('2027-05-01', { closed: false })] }), { at: 'specialDays.0.hours', rule: 'shape' }],
    [
      'closing before opening',
      (f) => ({ ...f, specialDays: [day('2027-05-01', { closed: false, hours: { opens: '18:00', closes: '10:00' } })] }),
      { at: 'specialDays.0.hours', rule: 'closes-not-after-opens' },
    ],
    ['one date twice', (f) => ({ ...f, specialDays: [day('2027-05-01'), day('2027-05-01')] }), { at: 'specialDays.0', rule: 'date-twice' }],
    ['a note too long', (f) => ({ ...f, specialDays: [day('2027-05-01', { note: '闭'.repeat(UPDATES_LIMITS.note + 1) })] }), { at: 'specialDays.0.note', rule: 'too-long' }],
    ['more than 200 special days', (f) => ({ ...f, specialDays: Array.from({ length: 201 }, () => day('2027-05-01')) }), { at: 'specialDays', rule: 'too-many' }],
    ['10 000 notices', (f) => ({ ...f, notices: Array.from({ length: 10_000 }, (_, i) => notice(`n${i}`)) }), { at: 'notices', rule: 'too-many' }],
    ['a notice without a title', (f) => ({ ...f, notices: [notice('a', { title: '  ' })] }), { at: 'notices.0.title', rule: 'required' }],
    ['a title too long', (f) => ({ ...f, notices: [notice('a', { title: '义'.repeat(UPDATES_LIMITS.title + 1) })] }), { at: 'notices.0.title', rule: 'too-long' }],
    ['a body too long', (f) => ({ ...f, notices: [notice('a', { body: '诊'.repeat(UPDATES_LIMITS.body + 1) })] }), { at: 'notices.0.body', rule: 'too-long' }],
    ['a body as a number', (f) => ({ ...f, notices: [notice('a', { body: 12 })] }), { at: 'notices.0.body', rule: 'shape' }],
    ['an id with spaces', (f) => ({ ...f, notices: [notice('yi zhen')] }), { at: 'notices.0.id', rule: 'id' }],
    ['one id twice', (f) => ({ ...f, notices: [notice('a'), notice('a')] }), { at: 'notices', rule: 'id-twice' }],
    ['until before from', (f) => ({ ...f, notices: [notice('a', { from: '2027-01-25', until: '2027-01-20' })] }), { at: 'notices.0', rule: 'from-after-until' }],
    ['until a date that does not exist', (f) => ({ ...f, notices: [notice('a', { until: '2027-02-30' })] }), { at: 'notices.0.until', rule: 'date' }],
  ])('%s', (_, change, problem) => {
    expect(problemsOf(change(clone()))).toContainEqual(problem)
  })

  test('the engine’s problems come with the others, so staff hear about everything at once', () => {
    const file = {
      ...clone(),
      specialDays: [day('2027-05-01', { closed: false, hours: { opens: '18:00', closes: '10:00' } })],
      notices: [notice('a', { title: '' })],
    }
    expect(problemsOf(file)).toEqual([
      { at: 'notices.0.title', rule: 'required' },
      { at: 'specialDays.0.hours', rule: 'closes-not-after-opens' },
    ])
  })

  test('problems read as one console line', () => {
    expect(describeProblems([{ at: '', rule: 'json' }, { at: 'specialDays.0.hours.closes', rule: 'time' }])).toBe(
      'file: json; specialDays.0.hours.closes: time',
    )
  })
})

describe('merged with the bundled schedule', () => {
  test('a published day replaces the bundled one of the same date; the others stand', () => {
    const merged = withUpdates(schedule, example)
    expect(merged.specialDays).toEqual([
      { date: '2027-02-01', closed: true, note: '盘点' },
      ...example.specialDays,
    ])
    expect(merged.seasons).toBe(schedule.seasons)
  })

  test('no updates: the bundled schedule as it is', () => {
    expect(withUpdates(schedule, null)).toBe(schedule)
  })

  test('a closure published for today closes the centre today, with its note, and moves the next opening', () => {
    const merged = withUpdates(schedule, example)
    const status = statusAt(bj('2027-01-29 11:00'), merged)
    expect(status.state).toBe('closed')
    expect(status.today.specialDay).toEqual({ date: '2027-01-29', closed: true, note: '春节闭馆' })
    expect(status.nextOpen).toMatchObject({ date: '2027-01-30', time: '10:00', daysFromToday: 1 })
    // The bundled half day of that date would have said open.
    expect(statusAt(bj('2027-01-29 10:30'), schedule).state).toBe('open')
  })

  test('other hours apply and the visit page lists the coming days', () => {
    const merged = withUpdates(schedule, example)
    expect(statusAt(bj('2027-05-01 18:30'), merged).state).toBe('closed')
    expect(statusAt(bj('2027-05-01 17:30'), merged).state).toBe('closing-soon')
    expect(upcomingSpecialDays(bj('2027-01-28 09:00'), merged, 7).map((d) => d.date)).toEqual(['2027-01-29', '2027-02-01'])
  })
})

describe('notices by Beijing date, from..until inclusive', () => {
  const dateAt = (wallClock: string) => dayPlanAt(bj(wallClock), schedule).date
  test.each([
    ['2027-01-19 23:59', false],
    ['2027-01-20 00:00', true],
    ['2027-01-22 12:00', true],
    ['2027-01-25 23:59', true],
    ['2027-01-26 00:00', false],
  ])('at %s Beijing the notice shows: %s', (wallClock, shown) => {
    expect(activeNotices(example, dateAt(wallClock)).map((n) => n.id)).toEqual(shown ? ['yizhen-0125'] : [])
  })

  test('a one-day notice shows that day only', () => {
    const oneDay = { ...example, notices: [notice('d', { from: '2027-03-08', until: '2027-03-08' })] } as Updates
    expect(activeNotices(oneDay, '2027-03-07')).toEqual([])
    expect(activeNotices(oneDay, '2027-03-08').map((n) => n.id)).toEqual(['d'])
    expect(activeNotices(oneDay, '2027-03-09')).toEqual([])
  })

  test('no updates: no notices', () => {
    expect(activeNotices(null, '2027-01-20')).toEqual([])
  })

  test('the centre’s own schedule takes an update cleanly', () => {
    expect(checkUpdates(example, centre.schedule)).toEqual({ ok: true, updates: example })
  })
})
