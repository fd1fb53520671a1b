/**
 * The schedule the engine tests run on, defined from the article (夏季 10:00—23:00, 冬季 10:00—22:30, with the
 * assumed switch dates 05-01 / 10-01), so engine tests do not move when staff edit the data.
 */
import type { Schedule, Season, SpecialDay } from '../../types/centre'

export const summer: Season = { id: 'summer', name: '夏季', starts: '05-01', hours: { opens: '10:00', closes: '23:00' } }
export const winter: Season = { id: 'winter', name: '冬季', starts: '10-01', hours: { opens: '10:00', closes: '22:30' } }

export function scheduleWith(specialDays: readonly SpecialDay[] = [], seasons: Schedule['seasons'] = [summer, winter]): Schedule {
  return {
    timeZone: 'Asia/Shanghai',
    utcOffsetMinutes: 480,
    seasons,
    seasonDates: { assumed: true, note: 'test' },
    specialDays,
  }
}
