/** What the pre-rendered page's first-paint script takes from the phone's stored copy of the updates file. */
import { statusAt } from '../../src/domain/schedule'
import { withStoredSpecialDays } from '../../src/domain/stored-updates'
import { bj } from './beijing-time'
import { scheduleWith } from './test-schedule'

const schedule = scheduleWith([{ date: '2027-02-01', closed: true, note: '盘点' }])
const stored = (specialDays: unknown) => JSON.stringify({ version: 1, publishedAt: '2027-01-20T10:00:00+08:00', specialDays, notices: [] })

test('a stored closure applies; it replaces the bundled day of the same date', () => {
  const merged = withStoredSpecialDays(schedule, stored([{ date: '2027-01-29', closed: true, note: '春节闭馆' }, { date: '2027-02-01', closed: false, hours: { opens: '10:00', closes: '12:00' }, note: '半天' }]))
  expect(statusAt(bj('2027-01-29 15:00'), merged).state).toBe('closed')
  expect(statusAt(bj('2027-02-01 10:30'), merged).state).toBe('open')
  expect(merged.specialDays).toHaveLength(2)
})

test.each([
  ['nothing stored', null],
  ['not JSON', '{"version":1,'],
  ['no special days', stored(undefined)],
  ['special days not a list', stored({})],
  ['closing before opening', stored([{ date: '2027-01-29', closed: false, hours: { opens: '12:00', closes: '10:00' }, note: '' }])],
  ['a date twice', stored([{ date: '2027-01-29', closed: true, note: '' }, { date: '2027-01-29', closed: true, note: '' }])],
])('%s: the schedule as it was', (_name, text) => {
  expect(withStoredSpecialDays(schedule, text)).toBe(schedule)
})
