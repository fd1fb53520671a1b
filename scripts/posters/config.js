/**
 * The one configured base URL for door QR codes: posters.config.json at the repository root, overridden by the
 * environment variable POSTER_BASE_URL. The checked-in value is a placeholder that can only make drafts.
 */
const fs = require('node:fs')
const path = require('node:path')
const { repoRoot } = require('./load-ts')

const CONFIG_FILE = path.join(repoRoot, 'posters.config.json')
const PLACEHOLDER_BASE_URL = 'https://example.invalid'

class PosterError extends Error {}

/** Hosts that can never be the centre's: RFC 2606 / 6761 reserved names. */
function isPlaceholderHost(hostname) {
  return (
    /(^|\.)(invalid|example|test|localhost)$/i.test(hostname) ||
    /^example\.(com|net|org)$/i.test(hostname) ||
    /^www\.example\.(com|net|org)$/i.test(hostname)
  )
}

function readConfigFile(file) {
  if (!fs.existsSync(file)) return {}
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new PosterError(`${path.relative(process.cwd(), file) || file} is not valid JSON: ${error.message}`)
  }
}

/**
 * The base URL and where it came from. The value must be an http(s) origin without a path, query or fragment,
 * because the app only understands `<origin>/r/<room id>` (src/domain/entry-link.ts).
 */
function resolveBaseUrl({ env = process.env, configFile = CONFIG_FILE } = {}) {
  const fromEnv = typeof env.POSTER_BASE_URL === 'string' && env.POSTER_BASE_URL.trim() !== ''
  const config = fromEnv ? {} : readConfigFile(configFile)
  const raw = fromEnv ? env.POSTER_BASE_URL.trim() : config.baseUrl ?? PLACEHOLDER_BASE_URL
  const source = fromEnv ? 'POSTER_BASE_URL' : fs.existsSync(configFile) ? 'posters.config.json' : 'built-in default'
  if (typeof raw !== 'string') throw new PosterError(`baseUrl in ${source} must be a string such as "https://xizhan.example.cn"`)
  let url
  try {
    url = new URL(raw)
  } catch {
    throw new PosterError(`The poster base URL "${raw}" (from ${source}) is not a URL. Use the form https://<domain>`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PosterError(`The poster base URL "${raw}" (from ${source}) must start with https://`)
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new PosterError(
      `The poster base URL "${raw}" (from ${source}) must be the domain only, like https://${url.host} — ` +
        'the posters add /r/<room id> themselves, and the app only understands links of that form.',
    )
  }
  const baseUrl = `${url.protocol}//${url.host}`
  return { baseUrl, source, placeholder: isPlaceholderHost(url.hostname) }
}

/** Real posters need the centre's real domain; the placeholder only makes drafts. */
function assertPrintable(base, draft) {
  if (base.placeholder && !draft) {
    throw new PosterError(
      `The poster base URL is still the placeholder ${base.baseUrl}, so the codes would not open the mini-program.\n` +
        "Set the centre's domain in posters.config.json (baseUrl) or the POSTER_BASE_URL environment variable,\n" +
        'or add --draft to make proofs marked 样稿 / DRAFT (npm run posters -- --draft).',
    )
  }
}

module.exports = { resolveBaseUrl, assertPrintable, PosterError, PLACEHOLDER_BASE_URL, CONFIG_FILE }
