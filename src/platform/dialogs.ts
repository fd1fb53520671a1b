import Taro from '@tarojs/taro'

/** A short message that goes away by itself. */
export function showToast(text: string): void {
  Taro.showToast({ title: text, icon: 'none', duration: 2500 }).catch(() => undefined)
}

/** A message the user must acknowledge, for what they have to act on (e.g. a number to dial by hand). */
export function showNotice(title: string, content: string, confirmText: string): void {
  Taro.showModal({ title, content, confirmText, showCancel: false }).catch(() => undefined)
}
