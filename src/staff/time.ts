/** Beijing wall-clock time for the staff page: what it previews and how it stamps a publication. */
const BEIJING_OFFSET_MS = 8 * 60 * 60_000

/** 'YYYY-MM-DDTHH:mm:ss' of the instant in Beijing. */
function beijingWallClock(now: number): string {
  return new Date(now + BEIJING_OFFSET_MS).toISOString().slice(0, 19)
}

export function beijingDate(now: number): string {
  return beijingWallClock(now).slice(0, 10)
}

export function beijingTime(now: number): string {
  return beijingWallClock(now).slice(11, 16)
}

/** The instant of a Beijing date and time from the form, or null while either is incomplete. */
export function beijingInstant(date: string, time: string): number | null {
  const instant = Date.parse(`${date}T${time}:00+08:00`)
  return Number.isNaN(instant) ? null : instant
}

/** The file's publishedAt: Beijing time with its offset, e.g. 2027-01-20T10:00:00+08:00. */
export function publishedAtFor(now: number): string {
  return `${beijingWallClock(now)}+08:00`
}

/** The history copy's name: publishedAt as yyyymmddThhmmss, e.g. 20270120T100000.json. */
export function historyName(publishedAt: string): string {
  return `${publishedAt.slice(0, 19).replace(/[-:]/g, '')}.json`
}

/** A history name read back for people: 20270120T100000.json → 2027-01-20 10:00:00; anything else as it is. */
export function historyLabel(name: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.json$/.exec(name)
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}` : name
}
