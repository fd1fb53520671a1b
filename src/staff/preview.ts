/** How the app's home page will read at a Beijing moment with this file: the app's own engine and words. */
import type { Notice, Updates } from '../../types/updates'
import { centre } from '../data/centre'
import { statusAt } from '../domain/schedule'
import { statusLabel, todayHoursText } from '../domain/status-label'
import { activeNotices, withUpdates } from '../domain/updates'
import { zh } from '../i18n/zh'

export interface HomePreview {
  readonly headline: string
  readonly detail: string
  readonly todayHours: string
  /** The special day's note, as the status card shows it. */
  readonly note: string | null
  readonly noticesTitle: string
  readonly notices: readonly Notice[]
}

export function homePreview(updates: Updates, at: number): HomePreview {
  const status = statusAt(at, withUpdates(centre.schedule, updates))
  return {
    ...statusLabel(status, zh.status),
    todayHours: todayHoursText(status.today, { ...zh.home, hours: zh.common.hours }),
    note: status.today.specialDay?.note || null,
    noticesTitle: zh.home.noticesTitle,
    notices: activeNotices(updates, status.today.date),
  }
}
