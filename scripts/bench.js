#!/usr/bin/env node
/**
 * `npm run bench`: one table of what the production builds cost.
 *   - weapp bytes, raw and gzip -9, per file and total
 *   - H5 JavaScript bytes, raw and gzip -9, per file and total
 *   - production build times, median of 3 (weapp and H5, each built 3× into .test-build/bench/)
 *   - first setData payload bytes and rendered node count per page (miniprogram-simulate, official wcc)
 *   - H5 home: first contentful paint and DOMContentLoaded in Chromium, median of 5 cold loads
 *   - Lighthouse 12 (mobile defaults: a mid-range phone on a slow 4G link, simulated) on the home page and /r/legal
 *     served by the project's nginx, and on a bare one-page Taro 4 H5 app (test/fixtures/bare-taro, built here
 *     with this repository's node_modules and served the same way): performance, accessibility, LCP, TBT, CLS and
 *     bytes, median of 3 each, all in the same run
 * Not a test: it fails only when something cannot be measured. Also writes test-results/bench.json.
 * BENCH_RUNS=1 makes one build and one load each (quick look; not the published medians).
 * BENCH_ONLY=lighthouse builds the H5 site once and runs only the Lighthouse part.
 */
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const { root, runBuild, builtFiles } = require('../test/support/build')
const { fileSizes, sum, KB } = require('../test/support/sizes')

const BUILD_RUNS = Number(process.env.BENCH_RUNS || 3)
const LOAD_RUNS = Number(process.env.BENCH_RUNS || 5)
const benchDir = (platform) => path.join(root, '.test-build', 'bench', platform)
const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const log = (...args) => console.error('[bench]', ...args)

function buildTimes(platform) {
  const times = []
  for (let i = 1; i <= BUILD_RUNS; i++) {
    const out = benchDir(platform)
    fs.rmSync(out, { recursive: true, force: true })
    const ms = runBuild(platform, out)
    log(`${platform} build ${i}/${BUILD_RUNS}: ${(ms / 1000).toFixed(1)} s`)
    times.push(ms)
  }
  return times
}

/** Runs the simulator page tests against the bench's weapp build; they write the first-setData metrics. */
function firstSetData() {
  const file = path.join(root, 'test-results', 'weapp-first-setdata.json')
  fs.rmSync(file, { force: true })
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--config', 'test/weapp/jest.config.js', 'test/weapp/pages', '--silent'], {
    cwd: root,
    env: { ...process.env, TZ: 'Asia/Shanghai', WEAPP_DIST: benchDir('weapp') },
    encoding: 'utf8',
  })
  if (!fs.existsSync(file)) throw new Error(`simulator run wrote no metrics:\n${run.stdout}\n${run.stderr}`)
  if (run.status !== 0) log('note: some simulator page tests failed; metrics are from the pages that rendered')
  return JSON.parse(fs.readFileSync(file, 'utf8')).pages
}

async function paintTimes() {
  const { startWebServer } = require('./lib/web-server')
  const { launch } = require('./lib/chromium')
  const server = await startWebServer({ webRoot: benchDir('h5') })
  const runs = []
  try {
    for (let i = 1; i <= LOAD_RUNS; i++) {
      const browser = await launch() // fresh profile: a cold load every time
      try {
        const page = await browser.context.newPage()
        await page.goto(server.url, { waitUntil: 'load' })
        const timing = await page.evaluate(
          () =>
            new Promise((resolve) => {
              const read = () => {
                const fcp = performance.getEntriesByName('first-contentful-paint')[0]
                const nav = performance.getEntriesByType('navigation')[0]
                if (fcp && nav && nav.domContentLoadedEventEnd > 0) resolve({ fcp: fcp.startTime, dcl: nav.domContentLoadedEventEnd })
                else setTimeout(read, 50)
              }
              read()
            }),
        )
        log(`H5 home load ${i}/${LOAD_RUNS}: FCP ${timing.fcp.toFixed(0)} ms, DCL ${timing.dcl.toFixed(0)} ms`)
        runs.push(timing)
      } finally {
        await browser.close()
      }
    }
  } finally {
    await server.stop()
  }
  return runs
}

const BARE_TARO = path.join(root, 'test', 'fixtures', 'bare-taro')
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_RUNS || 3)

/** The bare Taro app, built by this repository's Taro, with gzip copies as ours has; no pre-rendering. */
function buildBareTaro() {
  const out = benchDir('bare-taro')
  fs.rmSync(out, { recursive: true, force: true })
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], {
    cwd: BARE_TARO,
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: out, CI: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.status !== 0 || !fs.existsSync(path.join(out, 'index.html'))) throw new Error(`bare Taro build failed:\n${run.stdout}\n${run.stderr}`)
  require('./web/finish-build').precompress(out)
  // The site's nginx configuration includes the build's CSP hashes; the bare app has no inline script.
  fs.writeFileSync(path.join(out, '.nginx-csp.conf'), 'set $xizhan_script_hashes "";\n')
  return out
}

/** Lighthouse (mobile defaults) on each URL, LIGHTHOUSE_RUNS times, each in a fresh Chromium. */
async function lighthouseRuns(targets) {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const { CHROMIUM, FLAGS } = require('./lib/chromium')
  const results = {}
  for (const { name, url } of targets) {
    results[name] = []
    for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS })
      try {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
        const audit = (id) => lhr.audits[id].numericValue
        const run = {
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          bytes: audit('total-byte-weight'),
        }
        log(`Lighthouse ${name} ${i}/${LIGHTHOUSE_RUNS}: perf ${run.performance}, a11y ${run.accessibility}, LCP ${run.lcpMs.toFixed(0)} ms, TBT ${run.tbtMs.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}, ${run.bytes} B`)
        results[name].push(run)
      } finally {
        await chrome.kill()
      }
    }
  }
  return results
}

/** Ours (home, /r/legal) and the bare Taro app, each served by the project's nginx, in one run. */
async function lighthouseComparison() {
  const { startWebServer } = require('./lib/web-server')
  const bare = buildBareTaro()
  const ours = await startWebServer({ webRoot: benchDir('h5'), requireNginx: true })
  const yardstick = await startWebServer({ webRoot: bare, requireNginx: true })
  try {
    return await lighthouseRuns([
      { name: 'ours: home /', url: ours.url },
      { name: 'ours: room /r/legal', url: new URL('/r/legal', ours.url).href },
      { name: 'bare Taro 4 app', url: yardstick.url },
    ])
  } finally {
    await ours.stop()
    await yardstick.stop()
  }
}

/** README's Performance table: one row per page, medians. */
function lighthouseTable(results) {
  const rows = [['page', 'performance', 'accessibility', 'LCP', 'TBT', 'CLS', 'bytes sent']]
  for (const [name, runs] of Object.entries(results)) {
    const m = (key) => median(runs.map((r) => r[key]))
    rows.push([name, m('performance'), m('accessibility'), `${(m('lcpMs') / 1000).toFixed(2)} s`, `${m('tbtMs').toFixed(0)} ms`, m('cls').toFixed(3), `${(m('bytes') / 1024).toFixed(1)} KiB`])
  }
  const line = (r) => `| ${r.join(' | ')} |`
  return [line(rows[0]), `|${rows[0].map((_, i) => (i ? '---:' : '---')).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
}

function table(rows) {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)))
  const fmt = (r) => `| ${String(r[0]).padEnd(widths[0])} | ${String(r[1]).padEnd(widths[1])} | ${String(r[2]).padStart(widths[2])} | ${String(r[3] ?? '').padStart(widths[3])} |`
  const rule = `|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`
  return [fmt(rows[0]), rule, ...rows.slice(1).map(fmt)].join('\n')
}

async function main() {
  if (process.env.BENCH_ONLY === 'lighthouse') {
    fs.rmSync(benchDir('h5'), { recursive: true, force: true })
    runBuild('h5', benchDir('h5'))
    const results = await lighthouseComparison()
    console.log(`Lighthouse 12, mobile defaults, median of ${LIGHTHOUSE_RUNS}, ${new Date().toISOString().slice(0, 10)}\n${lighthouseTable(results)}`)
    return
  }
  log(`building weapp ${BUILD_RUNS}× and H5 ${BUILD_RUNS}× (production) into .test-build/bench/ …`)
  const weappTimes = buildTimes('weapp')
  const h5Times = buildTimes('h5')

  const weapp = fileSizes(benchDir('weapp'))
  const h5js = fileSizes(benchDir('h5'), (f) => f.endsWith('.js'))
  const h5All = builtFiles(benchDir('h5'))

  log('first setData per page (miniprogram-simulate) …')
  const pages = firstSetData()
  log(`H5 home in Chromium, ${LOAD_RUNS} cold loads …`)
  const loads = await paintTimes()
  log(`Lighthouse: ours and the bare Taro app, ${LIGHTHOUSE_RUNS} runs each …`)
  const lighthouseResults = await lighthouseComparison()

  const kb = (b) => `${(b / KB).toFixed(1)} KB`
  const rows = [['section', 'item', 'raw / value', 'gzip']]
  for (const r of weapp) rows.push(['weapp bytes', r.file, r.bytes, r.gzip])
  rows.push(['weapp bytes', `TOTAL (${weapp.length} files, ${kb(sum(weapp))}; budget 330 KB)`, sum(weapp), sum(weapp, 'gzip')])
  for (const r of h5js) rows.push(['H5 JS bytes', r.file, r.bytes, r.gzip])
  rows.push(['H5 JS bytes', `TOTAL (${h5js.length} of ${h5All.length} files, ${kb(sum(h5js))})`, sum(h5js), sum(h5js, 'gzip')])
  rows.push([`build time (median of ${BUILD_RUNS})`, `weapp  [${weappTimes.map((t) => (t / 1000).toFixed(1)).join(', ')}] s`, `${(median(weappTimes) / 1000).toFixed(1)} s`, ''])
  rows.push([`build time (median of ${BUILD_RUNS})`, `H5  [${h5Times.map((t) => (t / 1000).toFixed(1)).join(', ')}] s`, `${(median(h5Times) / 1000).toFixed(1)} s`, ''])
  for (const p of pages) {
    const q = Object.keys(p.query || {}).length ? `?${new URLSearchParams(p.query)}` : ''
    rows.push(['weapp first setData', `${p.page}  ${p.route}${q}`, `${p.firstSetDataBytes} B`, `${p.renderedNodes} nodes`])
  }
  rows.push([`H5 home, Chromium (median of ${LOAD_RUNS})`, `first contentful paint  [${loads.map((l) => l.fcp.toFixed(0)).join(', ')}] ms`, `${median(loads.map((l) => l.fcp)).toFixed(0)} ms`, ''])
  rows.push([`H5 home, Chromium (median of ${LOAD_RUNS})`, `DOMContentLoaded  [${loads.map((l) => l.dcl.toFixed(0)).join(', ')}] ms`, `${median(loads.map((l) => l.dcl)).toFixed(0)} ms`, ''])

  console.log(table(rows))
  console.log(`\nLighthouse 12, mobile defaults, median of ${LIGHTHOUSE_RUNS}, ${new Date().toISOString().slice(0, 10)}\n${lighthouseTable(lighthouseResults)}`)
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true })
  fs.writeFileSync(
    path.join(root, 'test-results', 'bench.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), buildRuns: BUILD_RUNS, loadRuns: LOAD_RUNS, weapp, h5js, weappBuildMs: weappTimes, h5BuildMs: h5Times, pages, h5HomeLoads: loads, lighthouse: lighthouseResults }, null, 2)}\n`,
  )
}

main().catch((error) => {
  console.error(`[bench] failed: ${error.stack || error.message}`)
  process.exit(1)
})
