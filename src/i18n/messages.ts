import type { Locale } from '../domain/preferences'
import { ug } from './ug/ui'
import { zh, type Messages } from './zh'

const MESSAGES: Record<Locale, Messages> = { zh, ug }

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale]
}

/** Each language's name in its own script, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { zh: '中文', ug: 'ئۇيغۇرچە' }
