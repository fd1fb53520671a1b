/**
 * What the web build needs beyond `taro build --type h5`, run right after it by scripts/build.js (and by the
 * tests' and bench's builds, through the same function): the 404 page nginx answers for unknown addresses, the
 * staff page (/staff/, scripts/staff/build.js), the pre-rendered pages (scripts/web/prerender.js: Chromium
 * snapshots of the app, the script-only app.html and the CSP hashes of their inline scripts), and a gzip copy of
 * every text file (best compression, made once here; nginx's gzip_static sends it as is).
 */
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt'])
/** Below this, gzip's own header outweighs what it saves (the same threshold as nginx's gzip_min_length). */
const MIN_BYTES = 256

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#b3261e">
<link rel="icon" href="data:,">
<title>没有这个页面 · 西站社区党群服务中心</title>
<link rel="stylesheet" href="/404.css">
</head>
<body>
<main>
<h1>没有这个页面</h1>
<p>链接可能写错了，或者已经过期。</p>
<p><a class="primary" href="/">回到首页</a></p>
<p><a href="/rooms">查看全部功能室</a></p>
<p lang="ug" dir="rtl">بۇ بەت تېپىلمىدى. <a href="/">باش بەتكە قايتىش</a></p>
</main>
</body>
</html>
`

const NOT_FOUND_STYLE = `body{margin:0;background:#f4f1ee;color:#1f1f1f;font:20px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
main{max-width:32em;margin:0 auto;padding:24px 20px}
h1{font-size:28px;color:#b3261e;margin:0 0 12px}
a{color:#b3261e;font-weight:600}
a.primary{display:block;padding:14px;border-radius:12px;background:#b3261e;color:#fff;text-align:center;text-decoration:none;font-size:22px}
`

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : entry.isFile() ? [full] : []
  })
}

/** Writes <file>.gz beside each compressible file where that is smaller; returns how many were written. */
function precompress(dir) {
  let written = 0
  for (const file of listFiles(dir)) {
    if (!COMPRESSIBLE.has(path.extname(file)) || fs.existsSync(`${file}.gz`)) continue
    const raw = fs.readFileSync(file)
    if (raw.length < MIN_BYTES) continue
    const gz = zlib.gzipSync(raw, { level: zlib.constants.Z_BEST_COMPRESSION })
    if (gz.length >= raw.length) continue
    fs.writeFileSync(`${file}.gz`, gz)
    fs.utimesSync(`${file}.gz`, fs.statSync(file).atime, fs.statSync(file).mtime)
    written += 1
  }
  return written
}

/** The prerender is asynchronous (Chromium); the build steps are not: it runs as a child process. */
function prerenderPages(out, env) {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'prerender.js'), out], { stdio: 'inherit', env: { ...process.env, ...env } })
  if (run.status !== 0) throw new Error(`pre-rendering the web pages failed (exit ${run.status})`)
}

/** `env`: the build-time settings the app was built with (e.g. UPDATES_URL), which the pre-rendered pages share. */
function finishWebBuild(out, env = {}) {
  fs.writeFileSync(path.join(out, '404.html'), NOT_FOUND_PAGE)
  fs.writeFileSync(path.join(out, '404.css'), NOT_FOUND_STYLE)
  // Required here, not at the top: test helpers load this file in jsdom, where esbuild refuses to load.
  require('../staff/build').buildStaffPage(out)
  prerenderPages(out, env)
  precompress(out)
}

module.exports = { finishWebBuild, precompress }
