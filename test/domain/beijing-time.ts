/**
 * Test helpers: instants written as Beijing wall-clock times. Built with Date.UTC, never with the local-time Date
 * constructors, so a test means the same instant whatever zone the test process runs in (scripts/test.js runs
 * test/domain under Asia/Shanghai, Asia/Urumqi and UTC).
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60_000

/** Epoch ms of a Beijing wall-clock time 'YYYY-MM-DD HH:mm'. */
export function bj(wallClock: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(wallClock)
  if (!m) throw new Error(`not 'YYYY-MM-DD HH:mm': ${wallClock}`)
  const [y, mo, d, h, mi] = m.slice(1).map(Number)
  return Date.UTC(y, mo - 1, d, h, mi) - BEIJING_OFFSET_MS
}

/** The Beijing wall-clock time of an instant, 'YYYY-MM-DD HH:mm' (for readable failure messages). */
export function bjString(epochMs: number | null | undefined): string | null {
  if (epochMs === null || epochMs === undefined) return null
  return new Date(epochMs + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}
