/**
 * A small static server (node:http) for the production H5 build on 127.0.0.1: the preview (npm start), the
 * screenshots, the Chromium tests and the benchmark all use it.
 * GET/HEAD only; paths are confined to the build directory; unknown paths are 404 (the app uses the hash router,
 * so the server never needs a history fallback).
 */
const fs = require('node:fs')
const http = require('node:http')
const path = require('node:path')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

/** Serves `dir`; port 0 (the default) lets the OS pick a free one. */
function serve(dir, { port = 0 } = {}) {
  const base = path.resolve(dir)
  const requests = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1')
    requests.push({ method: req.method, path: url.pathname })
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    let rel
    try {
      rel = decodeURIComponent(url.pathname)
    } catch {
      res.writeHead(400).end()
      return
    }
    if (rel.endsWith('/')) rel += 'index.html'
    const file = path.resolve(base, `.${rel}`)
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end()
      return
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
        return
      }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': stat.size,
        'cache-control': 'no-store',
      })
      if (req.method === 'HEAD') res.end()
      else fs.createReadStream(file).pipe(res)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address()
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

module.exports = { serve }
