#!/usr/bin/env node
/**
 * `npm run screenshots`: phone-size screenshots of every page of the production H5 build (run `npm run build:h5`
 * first) into docs/screenshots/, at a fixed instant so the status shown is reproducible; and the home page with
 * JavaScript disabled (the pre-rendered page alone), on a phone-wide but taller screen so the whole page shows.
 * Options: --out DIR, --at ISO-INSTANT (default 2026-07-15T19:30+08:00, a summer evening), --dist DIR (default
 * dist/h5).
 */
const fs = require('node:fs')
const path = require('node:path')
const { startWebServer } = require('./lib/web-server')
const { requireTs } = require('./posters/load-ts')
const { launchBrowser, PHONE } = require('./lib/chromium')

const root = path.resolve(__dirname, '..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}
const outDir = path.resolve(arg('--out', path.join(root, 'docs/screenshots')))
const at = new Date(arg('--at', '2026-07-15T19:30:00+08:00'))

/** Shots: file name → page (Taro path; its web address comes from src/domain/web-routes.ts). */
const SHOTS = [
  ['home', 'pages/index/index'],
  ['rooms', 'pages/rooms/index'],
  ['room-legal', 'pages/room/index?id=legal'],
  ['visit', 'pages/visit/index'],
  ['contact', 'pages/contact/index'],
  ['room-not-found', 'pages/room/index?id=no-such-room'],
]

/** Language and text-size variants: stored preferences, as the app itself stores them (Taro H5 storage format). */
const VARIANTS = [
  { suffix: '', prefs: {} },
  { suffix: '.zh-large', prefs: { 'prefs.largeText': true }, only: ['home', 'rooms', 'room-legal'] },
  { suffix: '.ug', prefs: { 'prefs.locale': 'ug' }, only: ['home', 'rooms', 'room-legal'] },
  { suffix: '.ug-large', prefs: { 'prefs.locale': 'ug', 'prefs.largeText': true }, only: ['home', 'rooms', 'room-legal'] },
]

async function main() {
  const dist = path.resolve(arg('--dist', path.join(root, 'dist/h5')))
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('No H5 build: run `npm run build:h5` first.')
  fs.mkdirSync(outDir, { recursive: true })
  const { webAddress } = requireTs('src/domain/web-routes')
  const server = await startWebServer({ webRoot: dist })
  const browser = await launchBrowser()
  try {
    for (const variant of VARIANTS) for (const [name, route] of SHOTS) {
      if (variant.only && !variant.only.includes(name)) continue
      const context = await browser.newContext(PHONE)
      await context.addInitScript((prefs) => {
        for (const [key, data] of Object.entries(prefs)) localStorage.setItem(key, JSON.stringify({ data }))
      }, variant.prefs)
      const page = await context.newPage()
      await page.clock.install({ time: at })
      await page.goto(new URL(webAddress(route), server.url).href)
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(600)
      const file = path.join(outDir, `${name}${variant.suffix}.png`)
      await page.screenshot({ path: file, fullPage: process.argv.includes('--full') })
      console.log(`wrote ${path.relative(root, file)}`)
      await context.close()
    }
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false, viewport: { width: PHONE.viewport.width, height: 1180 } })
    const page = await context.newPage()
    await page.goto(server.url)
    const file = path.join(outDir, 'home.no-js.png')
    await page.screenshot({ path: file })
    console.log(`wrote ${path.relative(root, file)}`)
    await context.close()
  } finally {
    await browser.close()
    await server.stop()
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
