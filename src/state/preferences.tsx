import { createContext, useCallback, useContext, useEffect, useMemo, useState, type PropsWithChildren } from 'react'
import { initialPreferences, textScale, type Locale, type Preferences } from '../domain/preferences'
import { messagesFor } from '../i18n/messages'
import { setDocumentLanguage } from '../platform/document'
import { setTabLabels } from '../platform/navigation'
import { readStored, writeStored } from '../platform/storage'
import { systemFontScale, systemLanguage } from '../platform/system'

/** BCP 47 tags for screen readers and the browser's font choice. */
const LANGUAGE_TAGS: Record<Locale, string> = { zh: 'zh-CN', ug: 'ug' }

const STORAGE_KEYS = { locale: 'prefs.locale', largeText: 'prefs.largeText' } as const

export interface PreferencesState extends Preferences {
  /** The type scale to draw with: WeChat's font setting, raised in large mode. */
  readonly textScale: number
  readonly setLocale: (locale: Locale) => void
  readonly setLargeText: (largeText: boolean) => void
}

const PreferencesContext = createContext<PreferencesState | null>(null)

/** Holds the resident's language and text size for every page, remembered across launches. */
export function PreferencesProvider({ children }: PropsWithChildren) {
  const fontScale = useMemo(systemFontScale, [])
  const [preferences, setPreferences] = useState<Preferences>(() =>
    initialPreferences({
      stored: { locale: readStored(STORAGE_KEYS.locale), largeText: readStored(STORAGE_KEYS.largeText) },
      systemLanguage: systemLanguage(),
      systemFontScale: fontScale,
    }),
  )
  const setLocale = useCallback((locale: Locale) => {
    writeStored(STORAGE_KEYS.locale, locale)
    setPreferences((current) => ({ ...current, locale }))
  }, [])
  const setLargeText = useCallback((largeText: boolean) => {
    writeStored(STORAGE_KEYS.largeText, largeText)
    setPreferences((current) => ({ ...current, largeText }))
  }, [])

  useEffect(() => {
    const { tabs, dir } = messagesFor(preferences.locale)
    setTabLabels([tabs.home, tabs.rooms, tabs.visit, tabs.contact])
    setDocumentLanguage(LANGUAGE_TAGS[preferences.locale], dir)
  }, [preferences.locale])

  const state = useMemo(
    () => ({ ...preferences, textScale: textScale(preferences.largeText, fontScale), setLocale, setLargeText }),
    [preferences, fontScale, setLocale, setLargeText],
  )
  return <PreferencesContext.Provider value={state}>{children}</PreferencesContext.Provider>
}

export function usePreferences(): PreferencesState {
  const state = useContext(PreferencesContext)
  if (!state) throw new Error('usePreferences needs <PreferencesProvider> (src/app.tsx provides it)')
  return state
}
