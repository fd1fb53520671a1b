import { isWeapp } from './env'

/**
 * H5 only: the page's language and direction on <html>, so screen readers pick the right voice and the browser
 * lays out Uyghur right to left. (In WeChat the page root's class does the same.)
 */
export function setDocumentLanguage(lang: string, dir: 'ltr' | 'rtl'): void {
  if (isWeapp() || typeof document === 'undefined') return
  document.documentElement.lang = lang
  document.documentElement.dir = dir
}
