/** Built for WeChat? (TARO_ENV is fixed at build time; read on each call so tests can build either platform.) */
export function isWeapp(): boolean {
  return process.env.TARO_ENV === 'weapp'
}

/**
 * Where the app reads the staff's updates file, or null when none is configured (then nothing is fetched).
 * UPDATES_URL is fixed at build time (config/updates-url.ts). WeChat fetches that URL; the H5 page fetches its path
 * on the page's own origin, the same nginx host.
 */
export function updatesLocation(): string | null {
  const url = process.env.UPDATES_URL
  if (!url) return null
  return isWeapp() ? url : url.replace(/^https?:\/\/[^/]+/, '')
}
