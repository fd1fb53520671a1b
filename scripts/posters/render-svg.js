/**
 * Draws a layout (layout.js) as a standalone SVG. Every piece of text is converted to outlines with fontkit (the
 * same shaping as the PDF), so the SVG needs no fonts and looks the same on any computer or print shop. Each text
 * keeps its words in aria-label for screen readers and search.
 */
const { loadFaces } = require('./fonts')

const FAUX_BOLD = 0.028

const escapeXml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c])

const n = (value) => String(Math.round(value * 100) / 100)

function textPath(item) {
  const faces = loadFaces()
  const parts = []
  for (const run of item.runs) {
    const { font } = faces[run.face]
    const scale = item.size / font.unitsPerEm
    const { glyphs, positions } = font.layout(run.text)
    let pen = run.x
    glyphs.forEach((glyph, i) => {
      const pos = positions[i]
      const d = glyph.path
        .scale(scale, -scale)
        .translate(pen + pos.xOffset * scale, item.baseline - pos.yOffset * scale)
        .toSVG()
      if (d) parts.push(d)
      pen += pos.xAdvance * scale
    })
  }
  return parts.join('')
}

function svgText(item) {
  const attrs = [`fill="${item.color}"`]
  if (item.bold && item.runs.some((run) => run.face === 'cjk')) {
    // Same faux bold as the PDF; Latin runs in a bold face get a hairline more, which is invisible at these sizes.
    attrs.push(`stroke="${item.color}"`, `stroke-width="${n(item.size * FAUX_BOLD)}"`, 'stroke-linejoin="round"')
  }
  const group = [`role="img"`, `aria-label="${escapeXml(item.label)}"`]
  if (item.opacity !== undefined) group.push(`opacity="${item.opacity}"`)
  if (item.rotate) group.push(`transform="rotate(${item.rotate.angle} ${n(item.rotate.cx)} ${n(item.rotate.cy)})"`)
  return `<g ${group.join(' ')}><path d="${textPath(item)}" ${attrs.join(' ')}/></g>`
}

function svgItem(item) {
  switch (item.type) {
    case 'rect': {
      const attrs = [`x="${n(item.x)}"`, `y="${n(item.y)}"`, `width="${n(item.width)}"`, `height="${n(item.height)}"`]
      if (item.radius) attrs.push(`rx="${item.radius}"`)
      attrs.push(`fill="${item.fill ?? 'none'}"`)
      if (item.stroke) attrs.push(`stroke="${item.stroke}"`, `stroke-width="${item.lineWidth ?? 1}"`)
      return `<rect ${attrs.join(' ')}/>`
    }
    case 'line':
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${item.color}" stroke-width="${item.lineWidth}"/>`
    case 'text':
      return svgText(item)
    case 'qr': {
      // In module units: one module is 1×1, scaled to the printed size.
      const d = item.runs.map(([col, row, length]) => `M${col} ${row}h${length}v1h-${length}z`).join('')
      const m = item.size / item.count
      return (
        `<g id="qr" data-modules="${item.count}" role="img" aria-label="${escapeXml(item.text)}" ` +
        `transform="translate(${n(item.x)} ${n(item.y)}) scale(${m})"><path d="${d}" fill="#000000" shape-rendering="crispEdges"/></g>`
      )
    }
    default:
      throw new Error(`Unknown drawing item ${item.type}`)
  }
}

/** The SVG document for one layout, sized as A4 in millimetres. */
function renderSvg(layout, { title }) {
  const { width, height } = layout.page
  const mm = (pt) => n((pt * 25.4) / 72)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${mm(width)}mm" height="${mm(height)}mm" viewBox="0 0 ${n(width)} ${n(height)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    ...layout.items.map(svgItem),
    '</svg>',
    '',
  ].join('\n')
}

module.exports = { renderSvg }
