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

/**
 * H5 only: Taro's web tab bar is made of `<a href="javascript:;">` links whose click handler does the navigation.
 * The site's CSP runs no javascript: URL (it would be inline script), so each click would log a violation; the
 * link's own default action is a no-op anyway, so it is cancelled before the browser tries it. Taro's handler
 * still runs (nothing stops the event).
 */
export function cancelScriptLinks(): void {
  if (isWeapp() || typeof document === 'undefined') return
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="javascript:"]') : null
      if (link) event.preventDefault()
    },
    true,
  )
}
