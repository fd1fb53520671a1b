/**
 * The updates file's URL (README "The updates file"), fixed at build time: `updatesUrl` in posters.config.json,
 * beside the posters' base URL, or the environment variable UPDATES_URL, which wins even when empty (tests use
 * it). Empty means no updates: the app then makes no request at all.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const CONFIG_FILE = join(__dirname, '..', 'posters.config.json')

export function resolveUpdatesUrl(env: NodeJS.ProcessEnv = process.env, configFile: string = CONFIG_FILE): string {
  const fromEnv = env.UPDATES_URL !== undefined
  const raw: unknown = fromEnv ? env.UPDATES_URL : JSON.parse(readFileSync(configFile, 'utf8')).updatesUrl ?? ''
  const source = fromEnv ? 'UPDATES_URL' : 'posters.config.json (updatesUrl)'
  if (typeof raw !== 'string') throw new Error(`${source} must be a string such as "https://<domain>/live/updates.json"`)
  const value = raw.trim()
  if (value === '') return ''
  // The weapp fetches this URL, the H5 page its path on its own origin: both need a full http(s) URL with a path.
  if (!/^https?:\/\/[^/?#\s]+\/[^?#\s]+\.json$/.test(value)) {
    throw new Error(`${source} is "${value}": use the full address of the file, like https://<domain>/live/updates.json`)
  }
  return value
}
