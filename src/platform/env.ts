/** Built for WeChat? TARO_ENV is replaced at build time, so the other platform's branch is dropped from the bundle. */
export function isWeapp(): boolean {
  return process.env.TARO_ENV === 'weapp'
}
