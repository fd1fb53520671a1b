// The web build's feedback.ts: Taro's H5 toast and modal are ~6.6 KB gzip of DOM-building code that only a failure
// needs (an unusable door link, a phone that cannot dial), so they load then instead of on every page (issue 10).
// A chunk that cannot load (the network is gone) shows nothing more than the failure already did: never a crash.
const dialogs = () => import('./dialogs')

/** A short message that goes away by itself. */
export function showToast(text: string): void {
  dialogs().then((d) => d.showToast(text), () => undefined)
}

/** A message the user must acknowledge, for what they have to act on (e.g. a number to dial by hand). */
export function showNotice(title: string, content: string, confirmText: string): void {
  dialogs().then((d) => d.showNotice(title, content, confirmText), () => undefined)
}
