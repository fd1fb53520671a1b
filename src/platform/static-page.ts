import { useReady } from '@tarojs/taro'
import { isWeapp } from './env'

/**
 * The web build's pre-rendered pages (scripts/web/prerender.js): each page's HTML is a snapshot of this app taken
 * in Chromium at build time, kept in <div id="static"> beside the empty <div id="app"> the app renders into (React
 * clears its container on the first render, so the copy cannot live inside it).
 */

declare global {
  interface Window {
    /** Set by the prerender's Chromium before the app starts; never on a resident's phone. */
    __XIZHAN_PRERENDER__?: boolean
  }
}

/** True only while the build takes its snapshot: the page must then show nothing that depends on the hour. */
export function isPrerendering(): boolean {
  return !isWeapp() && typeof window !== 'undefined' && window.__XIZHAN_PRERENDER__ === true
}

/**
 * Once the app's page has rendered, it replaces the static copy in one synchronous step (no frame in between, so
 * nothing flashes): the copy's scroll position is carried over, the copy removed, the app shown (a style in the
 * page hides everything after #static while it exists).
 */
export function takeOverStaticPage(): void {
  if (isWeapp() || typeof document === 'undefined') return
  const staticCopy = document.getElementById('static')
  if (!staticCopy) return
  const scrolled = staticCopy.querySelector('.taro_page')?.scrollTop ?? 0
  const windowScrolled = window.scrollY
  staticCopy.remove()
  const live = document.querySelector('#app .taro_page_show') ?? document.querySelector('#app .taro_page')
  if (live) live.scrollTop = scrolled
  if (windowScrolled) window.scrollTo(0, windowScrolled)
}

/** In every page (PageFrame): take over the static copy when the page is ready. */
export function useStaticPageTakeOver(): void {
  useReady(takeOverStaticPage)
}
