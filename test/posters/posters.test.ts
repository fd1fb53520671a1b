/**
 * Door QR posters (npm run posters): every printed code, read back from a rendered image, must open the right page
 * through the app's own parseEntry. Needs poppler-utils (pdftoppm, pdffonts, pdfinfo) on the machine.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import jsQR from 'jsqr'
import { centre } from '../../src/data/centre'
import { parseEntry } from '../../src/domain/entry-link'
import { decodePdfPages as decodeRenderedPages } from '../support/qr'


jest.setTimeout(60_000)

const root = path.resolve(__dirname, '..', '..')
const cli = path.join(root, 'scripts', 'posters', 'index.js')
const roomIds = new Set<string>(centre.rooms.map((room) => room.id))
const PLACEHOLDER = 'https://example.invalid'
/** Not a reserved name, so the posters treat it as a real domain (it is never contacted). */
const REAL_LOOKING = 'https://xizhan-posters-test.cn'
/** Test text in Uyghur script (the word ئۇيغۇرچە "Uyghur" and the letters ې ۆ ۈ ۇ ە ى), not a room translation. */
const UYGHUR_SAMPLE = 'ئۇيغۇرچە سىناق ې ۆ ۈ ۇ ە ى'

/** The app's Uyghur room translations (src/i18n/ug/rooms.ts), once that module exists. */
function uyghurTranslations(): Record<string, { name: string; reviewed: boolean }> | null {
  const file = path.join(root, 'src', 'i18n', 'ug', 'rooms.ts')
  return fs.existsSync(file) ? (require(file) as { roomsUg: Record<string, { name: string; reviewed: boolean }> }).roomsUg : null
}

const expected = [
  { key: 'front-door', link: `${PLACEHOLDER}/r/`, target: { kind: 'home' } },
  ...centre.rooms.map((room) => ({
    key: room.id as string,
    link: `${PLACEHOLDER}/r/${room.id}`,
    target: { kind: 'room', roomId: room.id as string },
  })),
]

const temporary: string[] = []
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  temporary.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true })
})

function run(command: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const { POSTER_BASE_URL: _ignored, ...inherited } = process.env
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...inherited, ...env } })
}

/** Runs the CLI with an explicit base URL, so the tests do not depend on what posters.config.json holds. */
function posters(args: string[], env: Record<string, string> = { POSTER_BASE_URL: PLACEHOLDER }): SpawnSyncReturns<string> {
  return run(process.execPath, [cli, ...args], env)
}

function requirePoppler(): void {
  for (const tool of ['pdftoppm', 'pdffonts', 'pdfinfo']) {
    const probe = spawnSync(tool, ['-v'], { encoding: 'utf8' })
    if (probe.error) {
      throw new Error(
        `${tool} is missing: the poster tests render PDFs with poppler. Install it with ` +
          '`apt-get install -y poppler-utils` (Debian/Ubuntu) or `brew install poppler` (macOS).',
      )
    }
  }
}

function pageCount(pdf: string): number {
  const info = run('pdfinfo', [pdf])
  expect(info.status).toBe(0)
  return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1])
}

function embeddedFonts(pdf: string): { name: string; embedded: boolean }[] {
  const listing = run('pdffonts', [pdf])
  expect(listing.status).toBe(0)
  return listing.stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/)
      // name type… encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: columns[0], embedded: columns[columns.length - 5] === 'yes' }
    })
}

/** Render PDF pages to PNG with pdftoppm and read the QR code on each one. */
function decodePdfPages(pdf: string, dpi = 75): (string | null)[] {
  return decodeRenderedPages(pdf, tempDir('poster-png-'), dpi)
}

/** Read the QR code drawn in a poster SVG: rasterise its module path and decode it. */
function decodeSvg(svg: string): string | null {
  const group = /<g id="qr" data-modules="(\d+)"[^>]*><path d="([^"]+)"/.exec(svg)
  if (!group) return null
  const count = Number(group[1])
  const quiet = 4
  const px = 6
  const side = (count + 2 * quiet) * px
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const [, col, row, length] of group[2].matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let c = Number(col); c < Number(col) + Number(length); c++) {
      for (let y = 0; y < px; y++) {
        for (let x = 0; x < px; x++) {
          const offset = (((quiet + Number(row)) * px + y) * side + (quiet + c) * px + x) * 4
          data[offset] = data[offset + 1] = data[offset + 2] = 0
        }
      }
    }
  }
  return jsQR(data, side, side)?.data ?? null
}

describe('door posters', () => {
  let out: string
  let draftRun: SpawnSyncReturns<string>

  beforeAll(() => {
    requirePoppler()
    out = tempDir('posters-')
    draftRun = posters(['--draft', '--out', out])
  })

  it('writes a PDF and an SVG per poster, and all-posters.pdf, with a progress line each', () => {
    expect(draftRun.stderr).toBe('')
    expect(draftRun.status).toBe(0)
    for (const { key } of expected) {
      expect(draftRun.stdout).toMatch(new RegExp(`\\] ${key} .*${key}\\.pdf`))
      expect(fs.existsSync(path.join(out, `${key}.pdf`))).toBe(true)
      expect(fs.existsSync(path.join(out, `${key}.svg`))).toBe(true)
    }
    expect(draftRun.stdout.match(/^\[\s*\d+\/11\]/gm)).toHaveLength(11)
  })

  it('all-posters.pdf has one A4 page per poster, and each code opens its own page in the app', () => {
    const pdf = path.join(out, 'all-posters.pdf')
    expect(pageCount(pdf)).toBe(expected.length)
    expect(run('pdfinfo', [pdf]).stdout).toMatch(/Page size:\s+595\.2\d x 841\.8\d pts \(A4\)/)
    const decoded = decodePdfPages(pdf)
    expect(decoded).toEqual(expected.map((poster) => poster.link))
    decoded.forEach((text, index) => {
      expect(parseEntry({ q: encodeURIComponent(text as string) }, roomIds)).toEqual(expected[index].target)
    })
  })

  it('each single poster PDF is one page; the front door and legal ones decode', () => {
    for (const { key, link } of expected) {
      const pdf = path.join(out, `${key}.pdf`)
      expect(pageCount(pdf)).toBe(1)
      if (key === 'front-door' || key === 'legal') expect(decodePdfPages(pdf)).toEqual([link])
    }
  })

  it('embeds the fonts it draws with (Chinese, and Latin for digits)', () => {
    const fonts = embeddedFonts(path.join(out, 'all-posters.pdf'))
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((font) => font.embedded)).toBe(true)
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/\+SourceHanSansCN-Regular/)
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/\+NotoSans-/)
  })

  it('the SVGs carry the same codes and no live text, so they need no fonts', () => {
    for (const { key, link, target } of expected) {
      const svg = fs.readFileSync(path.join(out, `${key}.svg`), 'utf8')
      expect(svg).not.toMatch(/<text|font-family|@font-face/)
      expect(svg).toContain('aria-label="样稿 DRAFT"')
      const text = decodeSvg(svg)
      expect(text).toBe(link)
      expect(parseEntry({ q: encodeURIComponent(text as string) }, roomIds)).toEqual(target)
    }
  })

  it('drafts show the app\'s Uyghur room names, reviewed or not, for proof-reading', () => {
    const translations = uyghurTranslations()
    if (!translations) return // src/i18n/ug not there yet: nothing to show
    for (const [id, entry] of Object.entries(translations)) {
      const svg = fs.readFileSync(path.join(out, `${id}.svg`), 'utf8')
      expect(svg).toContain(`aria-label="${entry.name}"`)
    }
    expect(embeddedFonts(path.join(out, 'all-posters.pdf')).map((font) => font.name).join(' ')).toMatch(/\+NotoNaskhArabic/)
  })

  it('refuses the placeholder base URL without --draft', () => {
    const result = posters(['--out', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`placeholder ${PLACEHOLDER}`)
    expect(result.stderr).toContain('--draft')
  })

  it('POSTER_BASE_URL makes final posters for one room, unmarked, whose code the app opens', () => {
    const single = tempDir('posters-one-')
    const result = posters(['--room', 'legal', '--out', single], { POSTER_BASE_URL: `${REAL_LOOKING}/` })
    expect(result.status).toBe(0)
    // Only warnings (such as unreviewed Uyghur names left off) may go to stderr.
    expect(result.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('warning: '))).toEqual([])
    expect(fs.readdirSync(single).sort()).toEqual(['legal.pdf', 'legal.svg'])
    const [text] = decodePdfPages(path.join(single, 'legal.pdf'))
    expect(text).toBe(`${REAL_LOOKING}/r/legal`)
    expect(parseEntry({ q: encodeURIComponent(text as string) }, roomIds)).toEqual({ kind: 'room', roomId: 'legal' })
    const svg = fs.readFileSync(path.join(single, 'legal.svg'), 'utf8')
    expect(svg).not.toContain('样稿')
    const legalUg = uyghurTranslations()?.legal
    if (legalUg) {
      // A final print carries a Uyghur name only once a native speaker has reviewed it.
      expect(svg.includes(`aria-label="${legalUg.name}"`)).toBe(legalUg.reviewed)
      if (!legalUg.reviewed) expect(result.stderr).toMatch(/warning: Uyghur names not yet reviewed are left off: .*legal/)
    }
  })

  it('rejects a base URL with a path, which the app could not read', () => {
    const result = posters(['--room', 'legal', '--out', out], { POSTER_BASE_URL: `${REAL_LOOKING}/centre` })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/domain only/)
  })

  it('an unknown room id is a clear error listing the valid ids', () => {
    const result = posters(['--draft', '--room', 'kitchen', '--out', out])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Unknown room id "kitchen"')
    for (const id of ['front-door', ...roomIds]) expect(result.stderr).toContain(id)
  })

  it('an output folder that cannot be written is a clear error', () => {
    // A path under a regular file cannot be created, even by root (chmod would not stop root in CI).
    const file = path.join(out, 'not-a-folder.txt')
    fs.writeFileSync(file, 'x')
    const result = posters(['--draft', '--room', 'legal', '--out', path.join(file, 'posters')])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Cannot write to the output folder')
    expect(result.stderr).toContain('--out DIR')
  })

  it('prints a Uyghur name passed in, shaped right to left, with the Arabic-script font embedded', () => {
    const dir = tempDir('posters-ug-')
    const script = `
      const { generatePosters } = require(${JSON.stringify(path.join(root, 'scripts/posters/generate'))})
      const { loadFaces, segment } = require(${JSON.stringify(path.join(root, 'scripts/posters/fonts'))})
      generatePosters({
        outDir: ${JSON.stringify(dir)},
        base: { baseUrl: ${JSON.stringify(PLACEHOLDER)}, placeholder: true },
        draft: true,
        roomId: 'legal',
        uyghur: { roomNames: { legal: ${JSON.stringify(UYGHUR_SAMPLE)} } },
      }).then(() => {
        const [run] = segment('ئۇيغۇرچە')
        const { font } = loadFaces()[run.face]
        const shaped = font.layout(run.text)
        const visual = (text) => segment(text).map((r) => r.face + ':' + r.text)
        console.log(JSON.stringify({
          hyphenated: visual('پارتىيە-ئاممىۋى'),
          number: visual('يولى 12-نومۇر'),
          quoted: visual('«ئالتە» كىچىك'),
          face: run.face,
          direction: shaped.direction,
          first: shaped.glyphs[0].codePoints,
          contextual: shaped.glyphs.filter((g) => g.id !== font.glyphForCodePoint(g.codePoints[0]).id).length,
        }))
      })`
    const result = run(process.execPath, ['-e', script])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const shaping = JSON.parse(result.stdout)
    expect(shaping.face).toBe('arabic')
    expect(shaping.direction).toBe('rtl')
    // Visual order: the last letter (ە) is drawn first, at the left.
    expect(shaping.first).toEqual([0x6d5])
    // Joined letters use their initial/medial/final forms, not the isolated glyphs.
    expect(shaping.contextual).toBeGreaterThan(0)
    // Runs come in visual order (left to right); Arabic runs are shaped and reversed by fontkit itself. The
    // hyphen, which the Arabic font lacks, comes from Noto Sans between the two words, in right-to-left order.
    expect(shaping.hyphenated).toEqual(['arabic:ئاممىۋى', 'latin:-', 'arabic:پارتىيە'])
    // A number keeps its digits left to right.
    expect(shaping.number).toEqual(['arabic:نومۇر', 'latin:-', 'arabic:12', 'arabic:يولى '])
    // Mirrored in right-to-left text: the opening « is drawn as » at the right end.
    expect(shaping.quoted).toEqual(['arabic:»ئالتە« كىچىك'])

    const pdf = path.join(dir, 'legal.pdf')
    const fonts = embeddedFonts(pdf)
    expect(fonts.some((font) => /\+NotoNaskhArabic/.test(font.name) && font.embedded)).toBe(true)
    expect(decodePdfPages(pdf)).toEqual([`${PLACEHOLDER}/r/legal`])
    expect(fs.readFileSync(path.join(dir, 'legal.svg'), 'utf8')).toContain(`aria-label="${UYGHUR_SAMPLE}"`)
  })
})
