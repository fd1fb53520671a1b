/**
 * The production web server as deployed: nginx with deploy/nginx/ over the production web build. Headers,
 * compression, the two cache policies, the app's addresses, real 404s, the admin console's 校验文件, and hostile
 * paths (raw bytes on the socket, so nothing is normalised on the way): never a 5xx, never a file from outside the
 * web root.
 */
const crypto = require('node:crypto')
const fs = require('node:fs')
const net = require('node:net')
const os = require('node:os')
const path = require('node:path')
const { centre } = require('../../src/data/centre')
const { WEB_PATHS } = require('../../src/domain/web-routes')
const { startFallback } = require('../../scripts/lib/web-server')
const { dist, serveSite, resultsDir } = require('./support')

/** One GET as raw bytes; resolves to { status, headers (lower-case names), body (Buffer) }. */
function rawGet(port, target, headers = {}) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    const chunks = []
    const lines = [`GET ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)]
    socket.on('connect', () => socket.write(`${lines.join('\r\n')}\r\n\r\n`))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.setTimeout(10000, () => socket.destroy(new Error(`timeout on ${target.slice(0, 80)}`)))
    socket.on('close', () => {
      const all = Buffer.concat(chunks)
      const split = all.indexOf('\r\n\r\n')
      const head = all.subarray(0, split).toString('latin1').split('\r\n')
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')?.[1])
      const parsed = {}
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':')
        parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
      }
      resolve({ status, headers: parsed, body: all.subarray(split + 4) })
    })
  })
}

const SECRET = `outside-the-web-root-${crypto.randomUUID()}`
let work
let webRoot
let server
let get
const appScript = () => fs.readdirSync(path.join(webRoot, 'js')).find((f) => /^app\.[0-9a-f]{8}\.js$/.test(f))
const VERIFICATION_FILE = 'a1B2c3D4e5.txt'
const VERIFICATION_TEXT = 'f00dfeedcafe1234'

beforeAll(async () => {
  // A copy of the build, with the 校验文件 the admin console hands out at its root and a secret file beside it.
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'))
  fs.chmodSync(work, 0o755)
  webRoot = path.join(work, 'h5')
  fs.cpSync(dist, webRoot, { recursive: true })
  fs.writeFileSync(path.join(webRoot, VERIFICATION_FILE), VERIFICATION_TEXT)
  fs.writeFileSync(path.join(work, 'secret.txt'), SECRET)
  fs.mkdirSync(path.join(webRoot, '.git'))
  fs.writeFileSync(path.join(webRoot, '.git', 'config'), SECRET)
  server = await serveSite(webRoot)
  get = (target, headers) => rawGet(server.port, target, headers)
})
afterAll(async () => {
  await server?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

const isAppHtml = (res) => /text\/html/.test(res.headers['content-type']) && /<div id="app">/.test(res.body.toString())

describe('headers', () => {
  /** The response head as nginx sent it, for the record (test-results/site/headers.txt). */
  const record = (target, res) =>
    fs.appendFileSync(
      path.join(resultsDir('site'), 'headers.txt'),
      `GET ${target}\nHTTP/1.1 ${res.status}\n${Object.entries(res.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n`,
    )
  beforeAll(() => fs.rmSync(path.join(resultsDir('site'), 'headers.txt'), { force: true }))

  test('a page (/r/legal): compressed, never cached, with the security headers, no version', async () => {
    const res = await get('/r/legal', { 'Accept-Encoding': 'gzip' })
    record('/r/legal (Accept-Encoding: gzip)', res)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers.server).toBe('nginx')
    expect(res.headers['content-security-policy']).toBeDefined()
  })

  test('a script: precompressed .gz sent as is, cached a year, immutable, only the headers that apply to it', async () => {
    const script = appScript()
    const res = await get(`/js/${script}`, { 'Accept-Encoding': 'gzip, deflate, br' })
    record(`/js/${script} (Accept-Encoding: gzip, deflate, br)`, res)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/javascript/)
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(Number(res.headers['content-length'])).toBe(fs.statSync(path.join(webRoot, 'js', `${script}.gz`)).size)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    // The page's policies govern what its scripts do; on the script itself they would be bytes for nothing.
    for (const pageOnly of ['content-security-policy', 'referrer-policy', 'permissions-policy', 'strict-transport-security']) {
      expect({ [pageOnly]: res.headers[pageOnly] }).toEqual({ [pageOnly]: undefined })
    }
  })

  test('without Accept-Encoding the same script comes plain', async () => {
    const script = appScript()
    const res = await get(`/js/${script}`)
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body.equals(fs.readFileSync(path.join(webRoot, 'js', script)))).toBe(true)
  })

  test('the CSP: scripts from this origin only, no eval, no other origin', async () => {
    const csp = (await get('/')).headers['content-security-policy']
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['script-src'][0]).toBe("'self'")
    expect(directives['script-src'].slice(1).filter((v) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(v))).toEqual([])
    expect(directives['object-src'] ?? directives['default-src']).toEqual(["'none'"])
    expect(directives['base-uri']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    const allowed = /^('self'|'none'|'unsafe-inline'|'sha256-[A-Za-z0-9+/]+=*'|data:)$/
    for (const [name, values] of Object.entries(directives)) {
      expect({ name, other: values.filter((v) => !allowed.test(v)) }).toEqual({ name, other: [] })
      if (name !== 'style-src') expect({ name, inline: values.includes("'unsafe-inline'") }).toEqual({ name, inline: false })
    }
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/)
  })
})

describe('addresses', () => {
  const pages = [...Object.values(WEB_PATHS).filter((p) => !p.includes(':')), '/r/', ...centre.rooms.map((r) => `/r/${r.id}`), '/r/no-such-room', '/rooms/']
  test.each(pages)('%s answers with the app', async (webPath) => {
    const res = await get(webPath)
    expect(res.status).toBe(200)
    expect(isAppHtml(res)).toBe(true)
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  test('/r (no slash) moves to /r/, the front door', async () => {
    const res = await get('/r')
    expect(res.status).toBe(301)
    expect(new URL(res.headers.location, server.url).pathname).toBe('/r/')
  })

  test.each(['/js/app.00000000.js', '/css/app.00000000.css', '/static/gone.png', '/r/legal/extra', '/nothing-here', '/index.php', '/.nginx-csp.conf'])(
    '%s is a real 404 (the 404 page, never the app)',
    async (webPath) => {
      const res = await get(webPath)
      expect(res.status).toBe(404)
      expect(isAppHtml(res)).toBe(false)
      if (!/^\/(js|css|static)\//.test(webPath)) expect(res.body.toString()).toContain('回到首页')
    },
  )

  test.each([`/${VERIFICATION_FILE}`, `/r/${VERIFICATION_FILE}`])('the 校验文件 is served as is at %s', async (webPath) => {
    const res = await get(webPath)
    expect(res.status).toBe(200)
    expect(res.body.toString()).toBe(VERIFICATION_TEXT)
    expect(res.headers['content-type']).toMatch(/^text\/plain/)
  })
})

describe('hostile paths', () => {
  const HOSTILE = [
    '/../secret.txt',
    '/r/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/js/..%2f..%2fsecret.txt',
    '/r/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/..;/secret.txt',
    '/index.html%00.txt',
    '/%00',
    '/r/legal%00',
    `/${'a'.repeat(6 * 1024)}`,
    `/r/${'a'.repeat(6 * 1024)}`,
    `/js/${'b'.repeat(6 * 1024)}.js`,
    '/.git/config',
    '/.git/',
    '/r/.git/config',
    '/js/.git/config',
    '/.nginx/conf/nginx.conf',
    '//secret.txt',
    '/r//../../secret.txt',
  ]

  /** Deterministic pseudo-random paths: bytes, encodings, dots and slashes in every mix. */
  function randomPaths(count) {
    let seed = 20261127
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pieces = ['..', '.', '/', '%2e', '%2f', '%5c', '%00', '%25', '%ff', '%c0%af', 'r', 'js', 'secret.txt', 'index.html', '~', ';', '%20', '\\', 'legal', '.git']
    return Array.from({ length: count }, () => {
      let p = ''
      const parts = 1 + Math.floor(next() * 12)
      for (let i = 0; i < parts; i++) {
        p += next() < 0.7 ? pieces[Math.floor(next() * pieces.length)] : `%${Math.floor(next() * 256).toString(16).padStart(2, '0')}`
      }
      return `/${p}`
    })
  }

  const leaks = (res) => res.body.toString('latin1').includes(SECRET)

  test.each(HOSTILE.map((p) => [p.length > 80 ? `${p.slice(0, 40)}… (${p.length} chars)` : p, p]))('%s: 4xx or the app, never a 5xx or a file outside the root', async (_label, target) => {
    const res = await get(target)
    expect(res.status).toBeGreaterThanOrEqual(200)
    expect(res.status).toBeLessThan(500)
    expect(leaks(res)).toBe(false)
    if (res.status === 200) expect(isAppHtml(res)).toBe(true)
  })

  test('300 random paths: never a 5xx, never a file outside the root', async () => {
    const bad = []
    for (const target of randomPaths(300)) {
      const res = await get(target)
      if (!(res.status >= 200 && res.status < 500) || leaks(res)) bad.push({ target, status: res.status })
    }
    expect(bad).toEqual([])
  })
})

test('the preview without nginx (npm start on a laptop) answers every address as nginx does, with the same headers', async () => {
  const fallback = await startFallback({ webRoot })
  try {
    const targets = ['/', '/r/', '/r', '/r/legal', '/r/no-such-room', '/rooms', '/visit/', '/contact', '/staff/', '/staff',
      `/js/${appScript()}`, '/js/app.00000000.js', '/nothing-here', '/.git/config', `/${VERIFICATION_FILE}`, `/r/${VERIFICATION_FILE}`]
    const answers = async (port) =>
      Promise.all(
        targets.map(async (t) => {
          const { status, headers } = await rawGet(port, t)
          return [t, status, headers['cache-control'], headers['content-security-policy'], headers['x-content-type-options']]
        }),
      )
    expect(await answers(fallback.port)).toEqual(await answers(server.port))
  } finally {
    await fallback.stop()
  }
})
