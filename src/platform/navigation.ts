import Taro, { useRouter } from '@tarojs/taro'
import { roomWebPath, webAddress } from '../domain/web-routes'
import { isWeapp } from './env'

export type TabPage = 'index' | 'rooms' | 'visit' | 'contact'

const tabPath = (tab: TabPage) => `/pages/${tab}/index`

export function roomPath(roomId: string): string {
  return `/pages/room/index?id=${encodeURIComponent(roomId)}`
}

/**
 * On the web the room page's address is its door-code path (/r/<id>): Taro's router takes the id from the path.
 * (Its own alias for the room page is the pattern /r/:id, which it cannot fill in from ?id=.)
 */
function roomNavigationUrl(roomId: string): string {
  return isWeapp() ? roomPath(roomId) : roomWebPath(roomId)
}

export function openRoom(roomId: string): void {
  const url = roomNavigationUrl(roomId)
  Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }))
}

export function openTab(tab: TabPage): void {
  Taro.switchTab({ url: tabPath(tab) }).catch(() => Taro.reLaunch({ url: tabPath(tab) }))
}

/** A tab's web address (its path on the site), for links that work without the app's script. */
export function tabHref(tab: TabPage): string {
  return webAddress(tabPath(tab))
}

/** A page opened straight from a QR code or a share has nothing to go back to. */
export function hasPreviousPage(): boolean {
  return Taro.getCurrentPages().length > 1
}

/** The current page's query parameters (values as WeChat passes them: strings, possibly still encoded). */
export function usePageParams(): Readonly<Record<string, string | undefined>> {
  return useRouter().params
}

/** The title in WeChat's navigation bar (and the H5 document title). */
export function setPageTitle(title: string): void {
  Taro.setNavigationBarTitle({ title }).catch(() => undefined)
}

/** The labels last asked for: a retry always sends these, so a late retry can't bring back an earlier language. */
let wantedTabLabels: readonly string[] = []
const TAB_LABEL_RETRY_MS = 100
const TAB_LABEL_RETRIES = 50

/**
 * The tab bar's labels in the resident's language, in the order of app.config.ts.
 * In H5 the tab bar is a web component that starts listening only once it has loaded; a call made before that
 * (the app sets the labels as it starts) is dropped and never answered, and the bar stayed in Chinese. So in H5
 * each label is asked for again until the bar answers (for up to 5 s).
 */
export function setTabLabels(labels: readonly string[]): void {
  wantedTabLabels = labels
  labels.forEach((_, index) => setTabLabel(index, 0))
}

function setTabLabel(index: number, attempt: number): void {
  let answered = false
  const done = () => {
    answered = true
  }
  Taro.setTabBarItem({ index, text: wantedTabLabels[index] }).then(done, done)
  if (isWeapp() || attempt >= TAB_LABEL_RETRIES) return
  setTimeout(() => {
    if (!answered) setTabLabel(index, attempt + 1)
  }, TAB_LABEL_RETRY_MS)
}
