import { useDidHide, useDidShow } from '@tarojs/taro'

/** Runs callbacks when the page comes into view and when it is hidden (another page, app in background). */
export function usePageVisibility(onShow: () => void, onHide: () => void): void {
  useDidShow(onShow)
  useDidHide(onHide)
}

/** Outside any page (in a provider of app.tsx): runs when the app comes to the foreground again. */
export function useAppShow(onShow: () => void): void {
  useDidShow(onShow)
}
