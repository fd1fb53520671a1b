/**
 * An independent oracle for the schedule engine: the `opening_hours` package (the OpenStreetMap opening_hours
 * evaluator) reads the article's hours with the assumed season dates as `May-Sep 10:00-23:00; Oct-Apr 10:00-22:30`.
 * Every 15 minutes over two full years, the engine's open/closed state and next change must agree with it.
 *
 * opening_hours evaluates in the process's local time. So it is given a Date whose LOCAL wall clock reads the Beijing
 * wall clock (new Date(y, m - 1, d, h, mi) from the Beijing components), and its answer is read back the same way.
 * That is exact under every zone scripts/test.js uses (Asia/Shanghai, Asia/Urumqi, UTC: none has DST).
 */
import OpeningHours from 'opening_hours'
import { nextChange, statusAt } from '../../src/domain/schedule'
import type { Schedule } from '../../types/centre'
import { bj, bjString } from './beijing-time'

const schedule: Schedule = {
  timeZone: 'Asia/Shanghai',
  utcOffsetMinutes: 480,
  seasons: [
    { id: 'summer', name: '夏季', starts: '05-01', hours: { opens: '10:00', closes: '23:00' } },
    { id: 'winter', name: '冬季', starts: '10-01', hours: { opens: '10:00', closes: '22:30' } },
  ],
  seasonDates: { assumed: true, note: 'test' },
  specialDays: [],
}

const BEIJING_OFFSET_MS = 8 * 60 * 60_000
const STEP_MS = 15 * 60_000

/** A Date whose local wall clock reads the Beijing wall clock of the instant. */
function beijingAsLocal(epochMs: number): Date {
  const w = new Date(epochMs + BEIJING_OFFSET_MS)
  return new Date(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes())
}

/** The instant whose Beijing wall clock is the local wall clock of the Date. */
function localAsBeijing(date: Date): number {
  return (
    Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()) -
    BEIJING_OFFSET_MS
  )
}

interface Disagreement {
  readonly at: string | null
  readonly engine: { open: boolean; next: string | null }
  readonly oracle: { open: boolean; next: string | null }
}

describe('schedule engine vs the opening_hours oracle', () => {
  const oracle = new OpeningHours('May-Sep 10:00-23:00; Oct-Apr 10:00-22:30')

  test('the helpers round-trip Beijing wall-clock time through a local Date', () => {
    const at = bj('2026-09-30 22:45')
    const local = beijingAsLocal(at)
    expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours(), local.getMinutes()]).toEqual([
      2026, 9, 30, 22, 45,
    ])
    expect(localAsBeijing(local)).toBe(at)
  })

  test('agrees every 15 minutes from 2026-01-01 to 2027-12-31 (Beijing), state and next change', () => {
    const from = bj('2026-01-01 00:00')
    const until = bj('2027-12-31 23:45')
    let checked = 0
    let agreed = 0
    let openPoints = 0
    const disagreements: Disagreement[] = []

    for (let at = from; at <= until; at += STEP_MS) {
      const status = statusAt(at, schedule)
      const engineOpen = status.state !== 'closed'
      const engineNext = nextChange(status)

      const local = beijingAsLocal(at)
      const oracleOpen = oracle.getState(local)
      const oracleNextDate = oracle.getNextChange(local)
      const oracleNext = oracleNextDate ? localAsBeijing(oracleNextDate) : null

      checked++
      if (engineOpen) openPoints++
      if (engineOpen === oracleOpen && engineNext === oracleNext) {
        agreed++
      } else if (disagreements.length < 10) {
        disagreements.push({
          at: bjString(at),
          engine: { open: engineOpen, next: bjString(engineNext) },
          oracle: { open: oracleOpen, next: bjString(oracleNext) },
        })
      }
    }

    if (disagreements.length > 0) {
      console.error(
        `engine and oracle disagree at ${checked - agreed} of ${checked} points; first ones:\n` +
          disagreements.map((d) => JSON.stringify(d)).join('\n'),
      )
    }
    // 730 days × 96 quarter-hours.
    expect(checked).toBe(730 * 96)
    // Open 13 h a day (summer) / 12.5 h (winter): a sweep that never saw "open" would prove nothing.
    expect(openPoints).toBeGreaterThan(checked / 3)
    expect(disagreements).toEqual([])
    expect(agreed).toBe(checked)
    // ~3 s on an idle machine (the engine's dayjs calls dominate); the limit only guards a loaded CI machine.
  }, 60_000)
})
