/**
 * What the build could do without being asked: no dynamic code of our own (eval / new Function), and no call
 * site for the network or privacy APIs anywhere in our own modules.
 */
const fs = require('node:fs')
const path = require('node:path')
const { builtFiles } = require('../support/build')
const { scan, provenFramework } = require('../support/code-scan')
const { dist } = require('./pages/common')
const { NETWORK_APIS, PRIVACY_APIS } = require('./recording-wx')

const files = builtFiles(dist)

test('no eval( / new Function( except proven framework code', () => {
  const found = scan(dist, files)
  const ours = found.filter((f) => !f.framework)
  if (ours.length) {
    throw new Error(`dynamic code in the build:\n${ours.map((f) => `  ${f.file} @${f.offset}: …${f.context}…`).join('\n')}`)
  }
  const proofs = provenFramework()
  for (const used of new Set(found.map((f) => f.framework))) {
    expect(proofs.find((p) => p.id === used)).toMatchObject({ present: true })
  }
  console.log(
    `framework occurrences (excused, source verified):\n${found.map((f) => `  ${f.file} @${f.offset} [${f.framework}] …${f.context}…`).join('\n') || '  none'}`,
  )
})

/**
 * The app's own modules are the webpack modules whose source came from src/ — Taro keeps no module names in
 * production, so "ours" is every module in the page chunks and common.js/app.js that is not in taro.js or
 * vendors.js. Framework chunks are excluded because Taro's API table names every wx API once.
 * The one network call allowed is the GET of the staff's updates file (src/platform/updates.ts): one call site.
 */
test('our own chunks name no privacy API and no network API but the one request of the updates file', () => {
  const ownChunks = files.filter((f) => /\.js$/.test(f) && !/^(taro|vendors|runtime)\.js$/.test(f) && !f.endsWith('.LICENSE.txt'))
  const hits = []
  for (const file of ownChunks) {
    const text = fs.readFileSync(path.join(dist, file), 'utf8')
    for (const api of [...NETWORK_APIS, ...PRIVACY_APIS]) {
      const re = new RegExp(`[.\\["']${api}["'\\]]?\\s*\\(`, 'g')
      for (const m of text.matchAll(re)) hits.push({ api, where: `${file} @${m.index}: ${api} …${text.slice(Math.max(0, m.index - 50), m.index + 80)}…` })
    }
  }
  const requests = hits.filter((hit) => hit.api === 'request')
  expect(hits.filter((hit) => hit.api !== 'request').map((hit) => hit.where)).toEqual([])
  expect(requests).toHaveLength(1)
  expect(requests[0].where).toMatch(/request\(\{url:\w+,method:"GET",dataType:"text"/)
})
