/**
 * A tiny static file server for a production H5 build, on 127.0.0.1 and a free port. Used by the screenshot
 * script, the Chromium tests and the benchmark; `npm start` serves the preview with it too.
 */
const http = require('node:http')
const fs = require('node:fs')
const path = require('node:path')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
}

/** Starts serving `root`; resolves to { url, close }. Port 0 picks a free one. */
function serveStatic(root, { port = 0, host = '127.0.0.1' } = {}) {
  const base = path.resolve(root)
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname)
    let file = path.join(base, urlPath)
    if (!file.startsWith(base)) {
      res.writeHead(403).end()
      return
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
        return
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: actual } = server.address()
      resolve({ url: `http://${host}:${actual}/`, close: () => new Promise((done) => server.close(done)) })
    })
  })
}

module.exports = { serveStatic }
