/** Byte sizes of a build directory (raw and gzip -9), largest first, for the budget test and the bench. */
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')
const { builtFiles } = require('./build')

const KB = 1024

function fileSizes(dir, filter = () => true) {
  return builtFiles(dir)
    .filter(filter)
    .map((file) => {
      const data = fs.readFileSync(path.join(dir, file))
      return { file, bytes: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length }
    })
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))
}

const sum = (rows, key = 'bytes') => rows.reduce((s, r) => s + r[key], 0)

function sizeTable(rows) {
  const total = sum(rows)
  const width = Math.max(...rows.map((r) => r.file.length), 5)
  const line = (a, b, c, d) => `${a.padEnd(width)}  ${b.padStart(10)}  ${c.padStart(10)}  ${d.padStart(7)}`
  return [
    line('file', 'bytes', 'gzip', 'share'),
    ...rows.map((r) => line(r.file, String(r.bytes), String(r.gzip), `${((100 * r.bytes) / total).toFixed(1)}%`)),
    line('TOTAL', String(total), String(sum(rows, 'gzip')), `${(total / KB).toFixed(1)}KB`),
  ].join('\n')
}

module.exports = { KB, fileSizes, sizeTable, sum }
