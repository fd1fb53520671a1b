import Taro, { useRouter } from '@tarojs/taro'

export type TabPage = 'index' | 'rooms' | 'visit' | 'contact'

const tabPath = (tab: TabPage) => `/pages/${tab}/index`

export function roomPath(roomId: string): string {
  return `/pages/room/index?id=${encodeURIComponent(roomId)}`
}

export function openRoom(roomId: string): void {
  Taro.navigateTo({ url: roomPath(roomId) }).catch(() => Taro.redirectTo({ url: roomPath(roomId) }))
}

export function openTab(tab: TabPage): void {
  Taro.switchTab({ url: tabPath(tab) }).catch(() => Taro.reLaunch({ url: tabPath(tab) }))
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

/** The tab bar's labels in the resident's language, in the order of app.config.ts. */
export function setTabLabels(labels: readonly string[]): void {
  labels.forEach((text, index) => {
    Taro.setTabBarItem({ index, text }).catch(() => undefined)
  })
}
