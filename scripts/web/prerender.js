#!/usr/bin/env node
/**
 * Static-first web pages: after `taro build --type h5`, open each page of the fresh build in Chromium (the real
 * production app: same code, same DOM, so the app's take-over cannot jump) and write what it rendered as that
 * page's HTML, so the facts and the call link arrive in the first response and work without JavaScript:
 *
 *   /            → index.html          /rooms   → rooms/index.html     /visit → visit/index.html
 *   /contact     → contact/index.html  /r/<id>  → r/<id>/index.html for every room
 *
 * Chinese, standard text size, 375×812. Taro's own index.html (script only) is kept as app.html for every other
 * address (an unknown room: the app's not-found page; nginx try_files falls back to it).
 *
 * In each page the snapshot sits in <div id="static"> beside an empty <div id="app"> (React clears its container
 * on its first render); a style hides everything after #static until the app has rendered, then the app removes
 * the copy in one step (src/platform/static-page.ts). The status area is rendered without a status word (the
 * app reads window.__XIZHAN_PRERENDER__), and an inline script built from src/web/first-paint-status.ts fills it
 * in before the first paint. Inline scripts run under the site's CSP only by hash: every hash goes to
 * <out>/.nginx-csp.conf (`set $xizhan_script_hashes "…";`), which the host's server block includes.
 *
 * Without Chromium the build still succeeds, loudly, with script-only pages (README: a build for deployment needs
 * Chromium). Run by scripts/web/finish-build.js; alone: node scripts/web/prerender.js <out>.
 */
const crypto = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')
const esbuild = require('esbuild')
const { chromiumMissing, launchBrowser, PHONE } = require('../lib/chromium')
const { startWebServer } = require('../lib/web-server')

const root = path.resolve(__dirname, '../..')
const STATUS_SCRIPT_ENTRY = path.join(root, 'src', 'web', 'first-paint-status.ts')
/** The script-only app shell, for addresses without a pre-rendered page. */
const APP_SHELL = 'app.html'
/** Read by nginx (include) and by scripts/lib/web-server.js; a hidden file, never served. */
const CSP_CONF = '.nginx-csp.conf'
/** Elements the snapshot puts where inline scripts go (a script added to the live page would run there). */
const STATUS_SCRIPT_MARK = 'xizhan-status-script'
const APP_LOADER_MARK = 'xizhan-app-loader'

/** The app's tab pages and every room, as web paths; the output file of each. */
function pagesToRender() {
  const { centre } = loadTs('src/data/centre.ts')
  const { WEB_PATHS, roomWebPath } = loadTs('src/domain/web-routes.ts')
  const tabs = ['pages/index/index', 'pages/rooms/index', 'pages/visit/index', 'pages/contact/index'].map((page) => WEB_PATHS[page])
  const rooms = centre.rooms.map((room) => roomWebPath(room.id))
  return [...tabs, ...rooms].map((webPath) => ({ webPath, file: webPath === '/' ? 'index.html' : `${webPath.slice(1)}/index.html` }))
}

/** The tab bar's web paths in the order of app.config.ts (Taro renders its items as javascript: links). */
function tabBarPaths() {
  const config = fs.readFileSync(path.join(root, 'src', 'app.config.ts'), 'utf8')
  const tabBar = config.slice(config.indexOf('tabBar'))
  const { webAddress } = loadTs('src/domain/web-routes.ts')
  return [...tabBar.matchAll(/pagePath:\s*'([^']+)'/g)].map(([, page]) => webAddress(page))
}

/** A TS module of the project, bundled on the fly (esbuild) and evaluated: the same source the app is built from. */
function loadTs(relative) {
  const file = path.join(root, relative)
  const { outputFiles } = esbuild.buildSync({ entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent' })
  const module = { exports: {} }
  // __dirname / __filename of the entry module (config/updates-url.ts finds posters.config.json by it).
  new Function('module', 'exports', 'require', '__dirname', '__filename', outputFiles[0].text)(module, module.exports, require, path.dirname(file), file)
  return module.exports
}

/**
 * The first-paint status script. ASCII output: every Chinese word is a \u escape, so no status word is present
 * verbatim in the page's bytes (a cached page can never show a stale one, even as text of a script).
 */
function statusScript() {
  // The updates URL as the app's build resolved it (config/updates-url.ts): with none, the script reads no stored copy.
  const { resolveUpdatesUrl } = loadTs('config/updates-url.ts')
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [STATUS_SCRIPT_ENTRY],
    define: { 'process.env.UPDATES_URL': JSON.stringify(resolveUpdatesUrl()) },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2017',
    charset: 'ascii',
    logLevel: 'silent',
  })
  const code = outputFiles[0].text.trim()
  if (/<\/script/i.test(code)) throw new Error('the status script contains </script')
  return code
}

/**
 * Starts the app once the pre-rendered copy has been painted (its first-contentful-paint entry: the browser has
 * shown it): a `defer` script runs before the first paint when it arrives early, so the copy would never be seen,
 * and a slow phone would paint nothing until the app had run. In order (async=false), as the shell's defer scripts
 * ran. Where paint timing is missing, after the next frame; and after 1.5 s in any case (a tab opened in the
 * background paints nothing until it is shown).
 */
function appLoader(sources) {
  return `(function(){var done=false;function go(){if(done)return;done=true;${JSON.stringify(sources)}.forEach(function(src){var s=document.createElement('script');s.src=src;s.async=false;document.head.appendChild(s)})}try{new PerformanceObserver(function(list){if(list.getEntriesByName('first-contentful-paint').length)setTimeout(go,0)}).observe({type:'paint',buffered:true})}catch(e){requestAnimationFrame(function(){setTimeout(go,0)})}setTimeout(go,1500)})()`
}

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`

function writeCspConf(out, hashes) {
  const unique = [...new Set(hashes)].sort()
  fs.writeFileSync(
    path.join(out, CSP_CONF),
    `# Written by scripts/web/prerender.js: the hashes of the inline scripts of the pre-rendered pages, for the CSP\n` +
      `# (snippets/xizhan-headers.conf: script-src 'self' $xizhan_script_hashes). Included by the host's server block.\n` +
      `set $xizhan_script_hashes "${unique.join(' ')}";\n`,
  )
}

/**
 * In the page, after the app rendered: move what the app put in <body> into #static (without ids, so nothing
 * in it is mistaken for the live app, and without Taro's hidden navigation bar), real paths on the tab bar's links, a mark after the status area, an empty
 * #app for the live app, and no script that the app added at run time (webpack's chunk loads). Returns the
 * document as HTML.
 */
function snapshotInPage({ tabPaths, statusMark, loaderMark, shellScripts }) {
  const body = document.body
  const copy = document.createElement('div')
  copy.id = 'static'
  for (const node of [...body.childNodes]) {
    if (node.nodeName === 'SCRIPT') continue
    if (node.nodeName === 'NOSCRIPT') node.remove()
    else copy.appendChild(node)
  }
  for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id')
  // Taro's navigation bar is hidden on every page (the browser's own title bar serves) but still rendered, with
  // three SVG icons: ~2.4 KB gzip of each page that nobody sees or hears. The app draws its own when it takes over.
  for (const hidden of copy.querySelectorAll('.taro-navigation-bar-hide')) hidden.remove()
  // Taro's tab bar is a web component that fails when its definition upgrades a copy without its configuration:
  // the copy keeps its markup in a plain element.
  for (const bar of copy.querySelectorAll('taro-tabbar')) {
    const plain = document.createElement('div')
    for (const { name, value } of bar.attributes) plain.setAttribute(name, value)
    plain.append(...bar.childNodes)
    bar.replaceWith(plain)
  }
  const tabLinks = copy.querySelectorAll('.weui-tabbar__item')
  tabLinks.forEach((link, index) => {
    if (link.tagName === 'A' && tabPaths[index]) link.setAttribute('href', tabPaths[index])
  })
  for (const link of copy.querySelectorAll('a[href^="javascript:"]')) link.removeAttribute('href')
  const status = copy.querySelector('.status.status--pending')
  if (status) status.after(document.createElement(statusMark))
  body.prepend(copy)
  const app = document.createElement('div')
  app.id = 'app'
  copy.after(app)
  // The app's scripts start downloading at once (preload) but run only after the copy's first paint (the loader).
  for (const script of document.querySelectorAll('script')) script.remove()
  for (const src of shellScripts) {
    const preload = document.createElement('link')
    preload.rel = 'preload'
    preload.as = 'script'
    preload.href = src
    document.head.appendChild(preload)
  }
  app.after(document.createElement(loaderMark))
  const hide = document.createElement('style')
  // Until the app takes over: only the copy shows. Taro's only id rule (#app{height:100%}) and the body's full height hold for the copy too.
  hide.textContent = '#static~*{display:none!important}#static,#static .taro_router{height:100%}'
  document.head.appendChild(hide)
  return `<!doctype html>\n${document.documentElement.outerHTML}`
}

/**
 * The page's stylesheets (a few KB) inlined as <style>: no render-blocking request before the first paint, and
 * nothing holds back the parser-inserted status script (a script waits for every stylesheet above it, and a frame
 * could be painted in between). data-href is how the app's chunk loader (mini-css-extract) recognises a sheet it
 * would otherwise load again.
 */
function inlineStylesheets(out, html) {
  return html.replace(/<link\b[^>]*>/g, (tag) => {
    const href = /\shref="(\/css\/[^"]+\.css)"/.exec(tag)?.[1]
    if (!href || !/\srel="stylesheet"/.test(tag)) return tag
    const css = fs.readFileSync(path.join(out, href), 'utf8')
    if (/<\/style/i.test(css)) throw new Error(`${href} contains </style`)
    return `<style data-href="${href}">${css}</style>`
  })
}

/** Renders every page; returns the hashes of the inline scripts written. */
async function renderPages(out, pages, log) {
  const shell = fs.readFileSync(path.join(out, APP_SHELL), 'utf8')
  const shellScripts = [...shell.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src)
  const inlineScripts = { [STATUS_SCRIPT_MARK]: statusScript(), [APP_LOADER_MARK]: appLoader(shellScripts) }
  const tabPaths = tabBarPaths()
  const server = await startWebServer({ webRoot: out })
  const browser = await launchBrowser()
  const hashes = []
  try {
    for (const { webPath, file } of pages) {
      const context = await browser.newContext({ ...PHONE, timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' })
      await context.addInitScript(() => {
        window.__XIZHAN_PRERENDER__ = true
      })
      const page = await context.newPage()
      const errors = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()))
      await page.goto(new URL(webPath, server.url).href, { waitUntil: 'networkidle' })
      await page.locator('#app .taro_page .page').first().waitFor({ state: 'visible', timeout: 30000 })
      await page.locator('.weui-tabbar__item').first().waitFor({ state: 'attached', timeout: 30000 })
      await page.evaluate(() => document.fonts.ready)
      // The tab bar's labels and the title are set right after the first render.
      await page.waitForTimeout(300)
      if (errors.length) throw new Error(`prerender of ${webPath}: the page reported errors:\n${errors.join('\n')}`)
      let html = inlineStylesheets(out, await page.evaluate(snapshotInPage, { tabPaths, statusMark: STATUS_SCRIPT_MARK, loaderMark: APP_LOADER_MARK, shellScripts }))
      for (const [mark, code] of Object.entries(inlineScripts)) {
        const parts = html.split(`<${mark}></${mark}>`)
        if (parts.length === 1) continue
        html = parts.join(`<script>${code}</script>`)
        hashes.push(sha256(code))
      }
      const target = path.join(out, file)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, html)
      log(`[prerender] ${webPath} → ${file} (${html.length} B)`)
      await context.close()
    }
  } finally {
    await browser.close()
    await server.stop()
  }
  return hashes
}

/**
 * Pre-renders the pages of the web build in `out`. Always writes app.html and .nginx-csp.conf; without Chromium
 * the pages stay script-only (a warning, not a failure). Returns { pages: number, missing: string|null }.
 */
async function prerender(out, { log = console.log, warn = console.warn } = {}) {
  const shellPath = path.join(out, APP_SHELL)
  // Run again on the same build: start from the script-only pages.
  if (fs.existsSync(shellPath)) fs.copyFileSync(shellPath, path.join(out, 'index.html'))
  else fs.copyFileSync(path.join(out, 'index.html'), shellPath)
  for (const stale of ['index.html.gz', 'rooms', 'visit', 'contact', 'r']) fs.rmSync(path.join(out, stale), { recursive: true, force: true })
  writeCspConf(out, [])
  const missing = chromiumMissing()
  if (missing) {
    const bar = '!'.repeat(78)
    warn(`${bar}\n[prerender] NO PRE-RENDERED PAGES: this web build is script-only (blank without JavaScript,\n` +
      `slow first paint). A build for deployment needs Chromium.\n${missing}\n${bar}`)
    return { pages: 0, missing }
  }
  const pages = pagesToRender()
  const hashes = await renderPages(out, pages, log)
  writeCspConf(out, hashes)
  return { pages: pages.length, missing: null }
}

module.exports = { prerender, APP_SHELL, CSP_CONF, statusScript }

if (require.main === module) {
  const out = path.resolve(process.argv[2] || path.join(root, 'dist', 'h5'))
  prerender(out).catch((error) => {
    console.error(error.stack || error.message)
    process.exit(1)
  })
}
