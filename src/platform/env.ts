/** Built for WeChat? (TARO_ENV is fixed at build time; read on each call so tests can build either platform.) */
export function isWeapp(): boolean {
  return process.env.TARO_ENV === 'weapp'
}
