import { useDidHide, useDidShow } from '@tarojs/taro'

/** Runs callbacks when the page comes into view and when it is hidden (another page, app in background). */
export function usePageVisibility(onShow: () => void, onHide: () => void): void {
  useDidShow(onShow)
  useDidHide(onHide)
}
