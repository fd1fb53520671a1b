/**
 * The poster fonts, all from npm devDependencies so a staff computer needs nothing but Node:
 * - Chinese: Source Han Sans CN Regular (@librescore/fonts, WOFF2). It has no Latin letters or digits, so
 * - digits, Latin and symbols such as — and · use Noto Sans (@embedpdf/fonts-latin), and
 * - Uyghur (Arabic script) uses Noto Naskh Arabic (@embedpdf/fonts-arabic).
 * Text is split into runs by which font has each character. A character no font has is an error, never a box.
 */
const fs = require('node:fs')
const path = require('node:path')
const fontkit = require('fontkit')
const { PosterError } = require('./config')

function embedpdfFile(pkg, file) {
  const dist = path.dirname(require.resolve(pkg))
  const listed = require(pkg).fonts.some((font) => font.file === file)
  if (!listed) throw new Error(`${pkg} no longer ships ${file}`)
  return path.join(dist, '..', 'fonts', file)
}

const FACE_FILES = {
  cjk: () => require('@librescore/fonts').CN,
  latin: () => embedpdfFile('@embedpdf/fonts-latin', 'NotoSans-Regular.ttf'),
  latinBold: () => embedpdfFile('@embedpdf/fonts-latin', 'NotoSans-Bold.ttf'),
  arabic: () => embedpdfFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Regular.ttf'),
  arabicBold: () => embedpdfFile('@embedpdf/fonts-arabic', 'NotoNaskhArabic-Bold.ttf'),
}

/** Arabic-script blocks (Arabic, Supplement, Extended-A, Presentation Forms A/B). */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u

let cache = null

/** Every face: { name, file, bytes, font (fontkit) }. Read once per process. */
function loadFaces() {
  if (cache) return cache
  cache = {}
  for (const [name, locate] of Object.entries(FACE_FILES)) {
    const file = locate()
    const bytes = fs.readFileSync(file)
    cache[name] = { name, file, bytes, font: fontkit.create(bytes) }
  }
  return cache
}

function hasGlyph(face, char) {
  return face.font.hasGlyphForCodePoint(char.codePointAt(0))
}

/** Characters drawn as their mirror image in right-to-left text (Unicode Bidi_Mirrored, the ones names use). */
const MIRROR = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' }

/** Simplified bidi class: R (Arabic letters and marks), L (other letters), D (digits), N (the rest). */
function bidiClass(char) {
  if (/\p{Nd}/u.test(char)) return 'D'
  if (/[\p{L}\p{M}]/u.test(char)) return /\p{Script=Arabic}/u.test(char) || /\p{M}/u.test(char) ? 'R' : 'L'
  return 'N'
}

/**
 * Embedding levels for a right-to-left line (paragraph level 1): Arabic letters and neutrals between them are 1;
 * digits and Latin words are 2 (drawn left to right inside the line). A separator between two digits joins the
 * number (12-34, 3.5); a neutral between two Latin letters joins the word (Wi-Fi). A reduced form of the Unicode
 * bidi algorithm, enough for names and addresses.
 */
function rtlLevels(chars) {
  const classes = chars.map(bidiClass)
  classes.forEach((c, i) => {
    if (c === 'N' && /[-+.,:/]/.test(chars[i]) && classes[i - 1] === 'D' && classes[i + 1] === 'D') classes[i] = 'D'
  })
  const strong = (from, step) => {
    for (let i = from; i >= 0 && i < classes.length; i += step) if (classes[i] !== 'N') return classes[i] === 'L' ? 'L' : 'R'
    return 'R'
  }
  return classes.map((c, i) => {
    if (c === 'L' || c === 'D') return 2
    if (c === 'R') return 1
    return strong(i - 1, -1) === 'L' && strong(i + 1, 1) === 'L' ? 2 : 1
  })
}

/**
 * A right-to-left (Uyghur) line as runs in visual order, left to right. Each run's text is what the shaper gets:
 * runs with Arabic letters in logical order (fontkit shapes, joins and reverses them itself), other right-to-left
 * runs already reversed, mirrored characters swapped.
 */
function rtlRuns(text, { bold }) {
  const faces = loadFaces()
  const arabic = faces[bold ? 'arabicBold' : 'arabic']
  const latin = faces[bold ? 'latinBold' : 'latin']
  const chars = Array.from(text)
  const levels = rtlLevels(chars)
  const logical = []
  chars.forEach((char, i) => {
    const shaped = levels[i] === 1 && MIRROR[char] ? MIRROR[char] : char
    const face = hasGlyph(arabic, shaped) ? arabic : hasGlyph(latin, shaped) ? latin : null
    if (face === null) throw new PosterError(`No poster font can draw ${quoteChars([char])} in "${text}"`)
    const last = logical[logical.length - 1]
    if (last && last.face === face.name && last.level === levels[i]) last.chars.push(shaped)
    else logical.push({ face: face.name, level: levels[i], chars: [shaped] })
  })
  // Reverse the line, keeping each left-to-right stretch (level 2, possibly several runs) in its own order.
  const groups = []
  for (const run of logical) {
    const last = groups[groups.length - 1]
    if (run.level === 2 && last && last[0].level === 2) last.push(run)
    else groups.push([run])
  }
  return groups.reverse().flat().map((run) => {
    const letters = run.chars.some((char) => bidiClass(char) === 'R')
    const inOrder = run.level === 2 || letters
    return { face: run.face, text: (inOrder ? run.chars : [...run.chars].reverse()).join('') }
  })
}

/**
 * Split one line of text into runs of a single face, in visual order. A line with any Arabic-script letter is
 * right to left (rtlRuns); other lines use the Chinese face where it has the character and Noto Sans otherwise.
 * `bold` picks the bold Latin/Arabic faces; Chinese bold is drawn as a stroked outline by the renderers (the
 * Chinese package has one weight).
 */
function segment(text, { bold = false } = {}) {
  const faces = loadFaces()
  const chars = Array.from(text)
  if (chars.some((char) => ARABIC.test(char) && bidiClass(char) === 'R')) return rtlRuns(text, { bold })
  const latinName = bold ? 'latinBold' : 'latin'
  const runs = []
  for (const char of chars) {
    const name = hasGlyph(faces.cjk, char) ? 'cjk' : hasGlyph(faces[latinName], char) ? latinName : null
    if (name === null) throw new PosterError(`No poster font can draw ${quoteChars([char])} in "${text}"`)
    const last = runs[runs.length - 1]
    if (last && last.face === name) last.text += char
    else runs.push({ face: name, text: char })
  }
  return runs
}

function quoteChars(chars) {
  return [...new Set(chars)].map((c) => `"${c}" (U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ')
}

/** Advance width of a run in points at `size`, using the same fontkit shaping the PDF and SVG renderers use. */
function runWidth(run, size) {
  const { font } = loadFaces()[run.face]
  return (font.layout(run.text).advanceWidth / font.unitsPerEm) * size
}

module.exports = { loadFaces, segment, runWidth, rtlLevels, ARABIC }
