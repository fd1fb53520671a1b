/**
 * Reads printed QR codes back: PDF pages rendered with poppler's pdftoppm (as a printer would rasterise them), each
 * decoded with jsqr. Shared by the poster tests and the door-link test in Chromium.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import jsQR from 'jsqr'

// pngjs ships no types; only PNG.sync.read is used.
const { PNG } = require('pngjs') as { PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } } }

/** The code on each page of `pdf` (null where none is readable), rendering into `workDir` at `dpi`. */
export function decodePdfPages(pdf: string, workDir: string, dpi = 75): (string | null)[] {
  const prefix = path.join(workDir, `${path.basename(pdf, '.pdf')}-page`)
  const rendered = spawnSync('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix], { encoding: 'utf8' })
  if (rendered.error || rendered.status !== 0 || rendered.stderr) {
    throw new Error(`pdftoppm failed on ${pdf}: ${rendered.error?.message ?? rendered.stderr}`)
  }
  const pages = fs
    .readdirSync(workDir)
    .filter((file) => file.startsWith(path.basename(prefix)) && file.endsWith('.png'))
    .sort()
  return pages.map((file) => {
    const png = PNG.sync.read(fs.readFileSync(path.join(workDir, file)))
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' })
    return code ? code.data : null
  })
}
