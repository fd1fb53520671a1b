/**
 * Writes the door posters: for each poster an A4 PDF and an SVG, and with no --room also all-posters.pdf (one page
 * per poster, to print in one go). Used by index.js (npm run posters) and the tests.
 */
const fs = require('node:fs')
const path = require('node:path')
const { PosterError, assertPrintable } = require('./config')
const { posterContents, loadApp, FRONT_DOOR } = require('./content')

const ALL_POSTERS_PDF = 'all-posters.pdf'

function ensureWritable(outDir) {
  try {
    fs.mkdirSync(outDir, { recursive: true })
    const probe = path.join(outDir, `.posters-write-test-${process.pid}`)
    fs.writeFileSync(probe, '')
    fs.rmSync(probe)
  } catch (error) {
    throw new PosterError(
      `Cannot write to the output folder "${outDir}" (${error.code ?? error.message}). ` +
        'Check the folder and its permissions, or choose another one with --out DIR.',
    )
  }
}

function posterTitle(content, draft) {
  return `${content.centreName} · ${content.title}${draft ? '（样稿 DRAFT）' : ''}`
}

/**
 * @param {object} options
 * @param {string} options.outDir          output folder (created if missing)
 * @param {{ baseUrl: string, placeholder: boolean }} options.base   from config.resolveBaseUrl()
 * @param {boolean} [options.draft]        allow the placeholder base URL; marks every poster 样稿 / DRAFT
 * @param {string} [options.roomId]        only this poster: a room id or 'front-door'
 * @param {{ centreName?: string, roomNames: Record<string, string> }} [options.uyghur]  see uyghur.js
 * @param {(done: number, total: number, poster: object) => void} [options.onProgress]
 */
async function generatePosters({ outDir, base, draft = false, roomId, uyghur = { roomNames: {} }, onProgress = () => {} }) {
  assertPrintable(base, draft)
  const app = loadApp()
  const validIds = [FRONT_DOOR, ...app.centre.rooms.map((room) => room.id)]
  if (roomId !== undefined && !validIds.includes(roomId)) {
    throw new PosterError(`Unknown room id "${roomId}". Valid ids: ${validIds.join(', ')}`)
  }
  ensureWritable(outDir)
  // Fonts, QR and PDF code load only after the checks above, so a mistyped option fails fast.
  const { layoutPoster } = require('./layout')
  const { writePdf } = require('./render-pdf')
  const { renderSvg } = require('./render-svg')

  const contents = posterContents({ app, baseUrl: base.baseUrl, uyghur }).filter(
    (content) => roomId === undefined || content.key === roomId,
  )
  const options = { draft, placeholder: base.placeholder }
  const posters = []
  for (const content of contents) {
    const layout = layoutPoster(content, options)
    const title = posterTitle(content, draft)
    const pdf = path.join(outDir, `${content.key}.pdf`)
    const svg = path.join(outDir, `${content.key}.svg`)
    await writePdf(pdf, [layout], { title })
    fs.writeFileSync(svg, renderSvg(layout, { title }))
    const poster = { key: content.key, title: content.title, link: content.link, pdf, svg, layout }
    posters.push(poster)
    onProgress(posters.length, contents.length, poster)
  }
  let combined = null
  if (roomId === undefined) {
    combined = path.join(outDir, ALL_POSTERS_PDF)
    await writePdf(
      combined,
      posters.map((poster) => poster.layout),
      { title: `${app.centre.fullName} · 门口二维码${draft ? '（样稿 DRAFT）' : ''}` },
    )
  }
  return { posters, combined }
}

module.exports = { generatePosters, assertPrintable, ALL_POSTERS_PDF }
