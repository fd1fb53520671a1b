/** The resident's display preferences: language and text size. Pure; storage and WeChat's settings come in. */

export type Locale = 'zh' | 'ug'
export const LOCALES: readonly Locale[] = ['zh', 'ug']

export interface Preferences {
  readonly locale: Locale
  readonly largeText: boolean
}

/** How much bigger than the design the app's type is drawn. */
export const LARGE_TEXT_SCALE = 1.35
/** WeChat's "larger" font setting and above switch large mode on at first launch. */
const LARGE_FROM_SYSTEM_SCALE = 1.15
const MAX_SCALE = 2

export interface PreferenceInputs {
  /** What the resident chose before (from storage), if anything. */
  readonly stored: Partial<Record<keyof Preferences, unknown>>
  /** The phone's / WeChat's language, e.g. zh_CN, ug, ug-CN. */
  readonly systemLanguage: string | null
  /** WeChat's font scale (1 = standard). */
  readonly systemFontScale: number | null
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Stored choices win; else follow the system where it tells us; else Chinese at standard size. */
export function initialPreferences({ stored, systemLanguage, systemFontScale }: PreferenceInputs): Preferences {
  const systemLocale: Locale = systemLanguage && /^ug\b/i.test(systemLanguage.replace('_', '-')) ? 'ug' : 'zh'
  return {
    locale: isLocale(stored.locale) ? stored.locale : systemLocale,
    largeText:
      typeof stored.largeText === 'boolean' ? stored.largeText : (systemFontScale ?? 1) >= LARGE_FROM_SYSTEM_SCALE,
  }
}

/** The type scale: WeChat's own font setting, raised to the large-mode minimum when large text is on. */
export function textScale(largeText: boolean, systemFontScale: number | null): number {
  const system = Math.min(Math.max(systemFontScale ?? 1, 1), MAX_SCALE)
  return largeText ? Math.max(system, LARGE_TEXT_SCALE) : system
}
