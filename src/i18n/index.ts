import { zh, type Messages } from './zh'

export type { Messages }

/** The UI strings for the current locale. One locale for now; the language switch plugs in here. */
export function useMessages(): Messages {
  return zh
}
