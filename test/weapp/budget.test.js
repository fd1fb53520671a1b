/**
 * Size budgets for the production weapp: the whole upload ≤ 330 KB (WeChat counts KB = 1024 B), and no package
 * (main package or sub-package) nor any single file over WeChat's 2 MB package limit. Prints a per-file table on
 * failure. Every file of the build counts (the DevTools upload every file of miniprogramRoot).
 */
const fs = require('node:fs')
const path = require('node:path')
const { KB, fileSizes, sizeTable, sum } = require('../support/sizes')
const { dist } = require('./pages/common')

const TOTAL_BUDGET = 330 * KB
const PACKAGE_LIMIT = 2 * KB * KB

const rows = fileSizes(dist)

function packages() {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const roots = (app.subPackages || app.subpackages || []).map((p) => p.root.replace(/\/?$/, '/'))
  const byPackage = { main: 0 }
  for (const r of rows) {
    const sub = roots.find((root) => r.file.startsWith(root)) || 'main'
    byPackage[sub] = (byPackage[sub] || 0) + r.bytes
  }
  return byPackage
}

test(`the whole weapp is within ${TOTAL_BUDGET / KB} KB`, () => {
  const total = sum(rows)
  if (total > TOTAL_BUDGET) {
    throw new Error(
      `weapp is ${total} B (${(total / KB).toFixed(1)} KB), over the ${TOTAL_BUDGET / KB} KB budget by ${total - TOTAL_BUDGET} B:\n${sizeTable(rows)}`,
    )
  }
})

test('no package and no file is over 2 MB', () => {
  const over = [
    ...Object.entries(packages())
      .filter(([, bytes]) => bytes > PACKAGE_LIMIT)
      .map(([name, bytes]) => `package ${name}: ${bytes} B`),
    ...rows.filter((r) => r.bytes > PACKAGE_LIMIT).map((r) => `file ${r.file}: ${r.bytes} B`),
  ]
  if (over.length) throw new Error(`over WeChat's 2 MB limit:\n${over.join('\n')}\n\n${sizeTable(rows)}`)
})
