/**
 * Draws layouts (layout.js) as PDF pages with pdfkit. Text stays text: the fonts are embedded as subsets, so the
 * PDF prints the same anywhere and its words can be searched and copied.
 */
const fs = require('node:fs')
const PDFDocument = require('pdfkit')
const { loadFaces } = require('./fonts')

/** Chinese has one weight: bold is the outline stroked in the text colour at this fraction of the size. */
const FAUX_BOLD = 0.028

function drawText(doc, item) {
  doc.save()
  if (item.rotate) doc.rotate(item.rotate.angle, { origin: [item.rotate.cx, item.rotate.cy] })
  if (item.opacity !== undefined) doc.fillOpacity(item.opacity).strokeOpacity(item.opacity)
  for (const run of item.runs) {
    const stroke = item.bold && run.face === 'cjk'
    doc.font(run.face).fontSize(item.size).fillColor(item.color)
    if (stroke) doc.strokeColor(item.color).lineWidth(item.size * FAUX_BOLD).lineJoin('round')
    // features: [] makes pdfkit shape the whole run at once (as fontkit does for the measurements and the SVG);
    // without it pdfkit shapes word by word, which breaks right-to-left Uyghur.
    doc.text(run.text, run.x, item.baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      features: [],
      fill: true,
      stroke,
    })
  }
  doc.restore()
}

function drawItem(doc, item) {
  switch (item.type) {
    case 'rect': {
      doc.save()
      if (item.radius) doc.roundedRect(item.x, item.y, item.width, item.height, item.radius)
      else doc.rect(item.x, item.y, item.width, item.height)
      if (item.stroke) doc.lineWidth(item.lineWidth ?? 1)
      if (item.fill && item.stroke) doc.fillAndStroke(item.fill, item.stroke)
      else if (item.fill) doc.fill(item.fill)
      else doc.stroke(item.stroke)
      doc.restore()
      break
    }
    case 'line':
      doc.save().moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.lineWidth).stroke(item.color).restore()
      break
    case 'text':
      drawText(doc, item)
      break
    case 'qr': {
      const m = item.size / item.count
      doc.save()
      for (const [col, row, length] of item.runs) doc.rect(item.x + col * m, item.y + row * m, length * m, m)
      doc.fill('#000000')
      doc.restore()
      break
    }
    default:
      throw new Error(`Unknown drawing item ${item.type}`)
  }
}

/** Write one PDF with a page per layout. Resolves when the file is complete on disk. */
function writePdf(file, layouts, { title }) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      info: { Title: title, Author: '上户镇西站社区党群服务中心', Creator: 'npm run posters' },
    })
    const out = fs.createWriteStream(file)
    out.on('error', reject)
    out.on('finish', resolve)
    doc.on('error', reject)
    doc.pipe(out)
    // The fontkit fonts already opened for measuring: the Chinese WOFF2 is decompressed once per run, not per file.
    for (const face of Object.values(loadFaces())) doc.registerFont(face.name, face.font)
    for (const layout of layouts) {
      doc.addPage({ size: [layout.page.width, layout.page.height], margin: 0 })
      for (const item of layout.items) drawItem(doc, item)
    }
    doc.end()
  })
}

module.exports = { writePdf }
