/**
 * axe-core (WCAG 2 A/AA, 2.1 AA, 2.2 AA) on every page of the production H5 build, with a phone-size screenshot
 * of each page as an artefact (test-results/screenshots/). No serious or critical violation is allowed; every
 * violation, of any impact, is written to test-results/axe/<page>.json.
 */
const fs = require('node:fs')
const path = require('node:path')
const { AxeBuilder } = require('@axe-core/playwright')
const { centre } = require('../../src/data/centre')
const { startSession, waitForPage, resultsDir } = require('./support')

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
/** Mid-afternoon in summer, Beijing time: the screenshots show the same state on every run. */
const CLOCK = new Date('2026-07-15T15:00:00+08:00')

const PAGES = [
  { name: 'home', path: 'pages/index/index', waitFor: centre.name },
  { name: 'rooms', path: 'pages/rooms/index', waitFor: '法律咨询室' },
  { name: 'room-legal', path: 'pages/room/index?id=legal', waitFor: '法律法规宣传手册' },
  { name: 'room-unknown', path: 'pages/room/index?id=no-such-room', waitFor: '没有找到这个功能室' },
  { name: 'visit', path: 'pages/visit/index', waitFor: '在地图中打开' },
  { name: 'contact', path: 'pages/contact/index', waitFor: '150 0158 1253' },
]

let session
const summary = {}

beforeAll(async () => {
  session = await startSession({ clockAt: CLOCK })
})
afterAll(async () => {
  await session?.close()
  fs.writeFileSync(path.join(resultsDir('axe'), 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`)
})

function describeViolation(pageName, v) {
  const nodes = v.nodes
    .map((n) => `    at ${n.target.join(' ')}\n      html: ${n.html.slice(0, 160)}\n      fix: ${n.failureSummary.replace(/\n/g, ' ').trim()}`)
    .join('\n')
  return `[${pageName}] ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes}`
}

test.each(PAGES)('$name: no serious or critical axe violations; screenshot saved', async ({ name, path: pagePath, waitFor }) => {
  const page = await session.newPage()
  await page.goto(session.url(pagePath))
  await waitForPage(page, pagePath, waitFor)
  await page.waitForTimeout(300) // let transitions and web-component upgrades finish

  const shots = resultsDir('screenshots')
  await page.screenshot({ path: path.join(shots, `${name}.png`) })
  await page.screenshot({ path: path.join(shots, `${name}-full.png`), fullPage: true })

  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  fs.writeFileSync(
    path.join(resultsDir('axe'), `${name}.json`),
    `${JSON.stringify({ url: page.url(), tags: TAGS, violations: results.violations, incomplete: results.incomplete.map((i) => ({ id: i.id, impact: i.impact, help: i.help, nodes: i.nodes.map((n) => n.target.join(' ')) })) }, null, 2)}\n`,
  )
  summary[name] = {
    passes: results.passes.length,
    violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
    incomplete: results.incomplete.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
  }
  await page.close()

  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  if (blocking.length) throw new Error(`axe found ${blocking.length} serious/critical violation(s):\n${blocking.map((v) => describeViolation(name, v)).join('\n')}`)
  expect(session.problems).toEqual([])
  expect(session.external).toEqual([])
})
