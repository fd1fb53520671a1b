/**
 * The web build served as production serves it. With nginx installed (the host's server), this starts nginx with
 * the site's own configuration (scripts/lib/nginx.js). Without it — a developer's laptop — `npm start` falls back to
 * `send` (the static-file library under Express's static middleware) with the same routing rules and headers, read
 * from the same deploy/nginx/ files, so the door-code links behave the same in the preview. (The staff's /live/
 * updates and publishing need nginx.)
 */
const fs = require('node:fs')
const http = require('node:http')
const path = require('node:path')
const send = require('send')
const { startNginx, nginxMissing, DEPLOY } = require('./nginx')

const IMMUTABLE = 'public, max-age=31536000, immutable'
const NO_CACHE = 'no-cache'

/** The variables the build's <webRoot>/.nginx-csp.conf sets (`set $name "value";`), as nginx would. */
function buildVariables(webRoot) {
  const file = path.join(webRoot, '.nginx-csp.conf')
  const conf = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  return Object.fromEntries([...conf.matchAll(/^\s*set\s+\$(\w+)\s+"([^"]*)";/gm)].map(([, name, value]) => [name, value]))
}

/**
 * The headers of a deploy/nginx/snippets/ file (`add_header Name "value" always;`): xizhan-headers.conf for pages,
 * xizhan-file-headers.conf for hashed assets; with the build's variables (the CSP's script hashes) filled in.
 */
function siteHeaders(webRoot, snippet = 'xizhan-headers.conf') {
  const conf = fs.readFileSync(path.join(DEPLOY, 'snippets', snippet), 'utf8')
  const variables = webRoot ? buildVariables(webRoot) : {}
  return [...conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map(([, name, value]) => [
    name,
    value.replace(/\$(\w+)/g, (_, variable) => variables[variable] ?? ''),
  ])
}

/**
 * Where nginx (xizhan-app.conf) looks for a request path — for a page, its pre-rendered copy, else the script-only
 * app — as the files to try in order, with the cache policy. null: a 404.
 */
function resolveWebPath(pathname, exists) {
  if (/\/\./.test(pathname)) return null
  const asset = /^\/(js|css|static)\//.test(pathname)
  const verification = /^\/r\/([^/]+\.txt)$/.exec(pathname)
  const room = /^\/r\/([^/.]+)\/?$/.exec(pathname)
  const home = /^\/(r\/)?$/.test(pathname)
  const tab = /^\/(rooms|visit|contact)\/?$/.exec(pathname)
  let candidates
  if (asset) candidates = [pathname]
  else if (verification) candidates = [`/${verification[1]}`]
  else if (room) candidates = [`/r/${room[1]}/index.html`, '/app.html']
  else if (tab) candidates = [`/${tab[1]}/index.html`, '/app.html']
  else if (home) candidates = ['/index.html', '/app.html']
  else candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname]
  const file = candidates.find(exists)
  return file ? { file, asset } : null
}

/** The request's path, decoded; null when it can't be (a malformed escape) or holds a NUL byte. */
function decodedPath(url) {
  try {
    const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname)
    return pathname.includes('\0') ? null : pathname
  } catch {
    return null
  }
}

async function startFallback({ webRoot, port = 0 }) {
  const rootDir = path.resolve(webRoot)
  const pageHeaders = siteHeaders(rootDir)
  const assetHeaders = [...siteHeaders(rootDir, 'xizhan-file-headers.conf'), ['Cache-Control', IMMUTABLE]]
  const exists = (rel) => {
    const full = path.join(rootDir, rel)
    return full.startsWith(rootDir + path.sep) && fs.existsSync(full) && fs.statSync(full).isFile()
  }
  const server = http.createServer((req, res) => {
    const pathname = decodedPath(req.url)
    const hit = pathname && resolveWebPath(pathname, exists)
    for (const [name, value] of hit?.asset ? assetHeaders : pageHeaders) res.setHeader(name, value)
    if (!pathname) {
      res.writeHead(400).end()
      return
    }
    if (pathname === '/r' || pathname === '/staff') {
      res.writeHead(301, { Location: `${pathname}/` }).end()
      return
    }
    if (!hit) res.statusCode = 404
    if (!hit?.asset) res.setHeader('Cache-Control', NO_CACHE)
    send(req, hit?.file ?? '/404.html', { root: rootDir, dotfiles: 'deny', cacheControl: false, index: false })
      .on('error', (error) => res.writeHead(error.status || 500).end())
      .pipe(res)
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const actual = server.address().port
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    kind: 'send',
    stop: () => new Promise((done) => server.close(() => done())),
  }
}

/** Serves `webRoot` on 127.0.0.1 (port 0: a free one): nginx when installed, else the fallback (unless nginx is required). */
async function startWebServer({ webRoot, port = 0, requireNginx = false }) {
  const missing = nginxMissing()
  if (!missing) return { ...(await startNginx({ webRoot, port })), kind: 'nginx' }
  if (requireNginx) throw new Error(missing)
  return startFallback({ webRoot, port })
}

module.exports = { startWebServer, startFallback, resolveWebPath, siteHeaders }
