#!/usr/bin/env node
/**
 * Builds the staff page (src/staff/, README "Publishing closures and notices") into <outDir>/staff/:
 * index.html + staff.<contenthash>.js + staff.<contenthash>.css. Not part of the Taro app and never in the weapp.
 *
 * The host's CSP is `script-src 'self'` with strict styles, so the page has no inline script, no <style> and no
 * style attribute, and every asset is referred to by an absolute /staff/… URL.
 *
 * Part of every web build (scripts/web/finish-build.js); alone: node scripts/staff/build.js [outDir] (default dist/h5).
 */
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '../..')
const ENTRY = path.join(root, 'src', 'staff', 'main.tsx')
const URL_BASE = '/staff/'

function page({ script, stylesheet }) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>发布开放安排和通知 · 西站社区党群服务中心</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${URL_BASE}${stylesheet}">
<script defer src="${URL_BASE}${script}"></script>
</head>
<body>
<div id="staff"></div>
<noscript>这个页面需要打开浏览器的 JavaScript。</noscript>
</body>
</html>
`
}

/** Bundles the page into `outDir`/staff (replacing what was there). Returns the files written, relative to it. */
function buildStaffPage(outDir) {
  const staffDir = path.join(path.resolve(outDir), 'staff')
  fs.rmSync(staffDir, { recursive: true, force: true })
  // Loaded here, not at the top: test environments that only read this module's callers (jsdom) can't load esbuild.
  const esbuild = require('esbuild')
  const result = esbuild.buildSync({
    entryPoints: { staff: ENTRY },
    outdir: staffDir,
    entryNames: '[name].[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2018', 'chrome70', 'safari12'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  })
  const written = Object.keys(result.metafile.outputs).map((file) => path.relative(staffDir, path.resolve(root, file)))
  const script = written.find((file) => file.endsWith('.js'))
  const stylesheet = written.find((file) => file.endsWith('.css'))
  if (!script || !stylesheet) throw new Error(`esbuild wrote ${written.join(', ')}: expected one .js and one .css`)
  fs.writeFileSync(path.join(staffDir, 'index.html'), page({ script, stylesheet }))
  return { dir: staffDir, files: ['index.html', script, stylesheet] }
}

module.exports = { buildStaffPage }

if (require.main === module) {
  try {
    const { dir, files } = buildStaffPage(process.argv[2] || path.join(root, 'dist', 'h5'))
    console.log(`staff page → ${path.relative(process.cwd(), dir)}: ${files.join(', ')}`)
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
