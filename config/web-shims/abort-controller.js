// Stands in for abortcontroller-polyfill (3 KB gzip), which Taro's H5 request API imports for browsers without
// AbortController (before Chrome 66 / iOS 12.1). There Taro's request needs only the constructor: this one cannot
// abort, so a slow answer is simply ignored — src/platform/updates.ts ends the wait with its own timer.
if (typeof window !== 'undefined' && typeof window.AbortController !== 'function') {
  window.AbortController = function AbortController() {
    this.signal = undefined
  }
  window.AbortController.prototype.abort = function abort() {}
}
