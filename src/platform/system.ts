import Taro from '@tarojs/taro'

interface BaseInfo {
  language?: string
  fontSizeSetting?: number
  fontSizeScaleFactor?: number
}

/** WeChat's standard font size in px; fontSizeSetting is reported relative to it on older base libraries. */
const STANDARD_FONT_PX = 17

function baseInfo(): BaseInfo {
  try {
    return (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()) as BaseInfo
  } catch {
    return {}
  }
}

/** WeChat's (or, in H5, the browser's) language, e.g. zh_CN. */
export function systemLanguage(): string | null {
  const info = baseInfo()
  if (info.language) return info.language
  return typeof navigator === 'undefined' ? null : navigator.language || null
}

/** The resident's font scale in WeChat's settings (1 = standard), where WeChat tells us. */
export function systemFontScale(): number | null {
  const info = baseInfo()
  if (typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0) return info.fontSizeScaleFactor
  if (typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 0) return info.fontSizeSetting / STANDARD_FONT_PX
  return null
}
