import { usePreferences } from '../state/preferences'
import { messagesFor } from './messages'
import type { Messages } from './zh'

export type { Messages }

/** The UI strings in the resident's language. */
export function useMessages(): Messages {
  return messagesFor(usePreferences().locale)
}

/** The resident's language, for the localised facts in ./facts. */
export function useLocale() {
  return usePreferences().locale
}
