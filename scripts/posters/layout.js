/**
 * One poster as a list of drawing items on an A4 page, in PDF points (1/72 in), origin top left, y downwards.
 * Both renderers (render-pdf.js, render-svg.js) draw exactly this list, so the PDF and the SVG match.
 *
 * Items:
 *   { type: 'rect', x, y, width, height, fill?, stroke?, lineWidth?, radius? }
 *   { type: 'line', x1, y1, x2, y2, color, lineWidth }
 *   { type: 'text', label, x, baseline, size, color, bold, opacity?, rotate?: { angle, cx, cy }, runs: [{ face, text, x, width }] }
 *   { type: 'qr', x, y, size, count, text, runs: [[col, row, length], …] }   (dark modules, row runs)
 */
const QRCode = require('qrcode')
const { segment, runWidth } = require('./fonts')
const { PosterError } = require('./config')

const MM = 72 / 25.4
const PAGE = { width: 595.28, height: 841.89 }
const COLORS = {
  accent: '#b3261e',
  ink: '#1f1f1f',
  muted: '#595959',
  faint: '#8c8c8c',
  rule: '#d9d9d9',
  white: '#ffffff',
  qr: '#000000',
}
/** The code itself, without its quiet zone: 88 mm on A4 (at least 6 cm; 8–9 cm scans from arm's length). */
const QR_SIZE = 88 * MM
/** H: about 30% of the code may be dirty or torn and it still scans. */
const QR_ERROR_CORRECTION = 'H'

/** Ascent used to place a line's top; Source Han Sans and Noto Sans both sit near 0.88 em. */
const ASCENT = 0.88

/** A single line of text, shrunk if needed to fit maxWidth, aligned at x. */
function textItem(text, { x, baseline, size, color, bold = false, align = 'center', maxWidth = PAGE.width - 40 * MM }) {
  const plain = segment(text, { bold })
  const measure = (s) => plain.reduce((sum, run) => sum + runWidth(run, s), 0)
  let fitted = size
  const natural = measure(size)
  if (natural > maxWidth) fitted = (size * maxWidth) / natural
  const runs = plain.map((run) => ({ ...run, width: runWidth(run, fitted) }))
  const width = runs.reduce((sum, run) => sum + run.width, 0)
  let left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x
  for (const run of runs) {
    run.x = left
    left += run.width
  }
  return { type: 'text', label: text, x: runs[0].x, width, baseline, size: fitted, color, bold, runs }
}

function qrItem(text, { x, y, size }) {
  const { modules, version } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION })
  const count = modules.size
  const runs = []
  for (let row = 0; row < count; row++) {
    let start = -1
    for (let col = 0; col <= count; col++) {
      const dark = col < count && modules.get(row, col)
      if (dark && start < 0) start = col
      if (!dark && start >= 0) {
        runs.push([start, row, col - start])
        start = -1
      }
    }
  }
  return { type: 'qr', x, y, size, count, version, text, runs }
}

/** Lines stacked from `top` with `gap` between them; each line is { text, size, color, bold }. */
function stack(lines, { top, gap, centreX }) {
  const items = []
  let y = top
  for (const line of lines) {
    y += line.size * ASCENT
    items.push(textItem(line.text, { x: centreX, baseline: y, size: line.size, color: line.color, bold: line.bold }))
    y += line.size * (1 - ASCENT) + gap
  }
  return { items, height: y - gap - top }
}

function stackHeight(lines, gap) {
  return lines.reduce((sum, line) => sum + line.size, 0) + gap * Math.max(0, lines.length - 1)
}

/** Space below the code's frame: scan line, hint, the hours block (to the last line's descent). */
const BELOW_FRAME = 69 * MM
const FOOTER = 22 * MM
/** Smallest code the layout may shrink to when a long Uyghur name needs the room (still above 6 cm). */
const QR_MIN_SIZE = 80 * MM

/**
 * The drawing list for one poster, laid out top to bottom: header (centre name, and its Uyghur name when given),
 * draft banner, title block (room name, other names, Uyghur name), the code in its frame, the scan line, the
 * hours, and the footer pinned to the bottom. Spare height is shared out between the blocks.
 * @param content one entry of content.posterContents()
 * @param options { draft: boolean, placeholder: boolean }
 */
function layoutPoster(content, { draft = false, placeholder = false } = {}) {
  const W = PAGE.width
  const cx = W / 2
  const margin = 18 * MM
  const items = []

  if (draft) {
    items.push({
      ...textItem('样稿 DRAFT', { x: cx, baseline: PAGE.height / 2 + 34, size: 100, color: COLORS.accent, maxWidth: W }),
      opacity: 0.08,
      rotate: { angle: -35, cx, cy: PAGE.height / 2 },
    })
  }

  // Header band: the centre's full name (and its Uyghur name), white on the accent red.
  const headerHeight = (content.centreNameUg ? 40 : 30) * MM
  items.push({ type: 'rect', x: 0, y: 0, width: W, height: headerHeight, fill: COLORS.accent })
  if (content.centreNameUg) {
    items.push(textItem(content.centreName, { x: cx, baseline: 15.5 * MM, size: 24, color: COLORS.white, bold: true }))
    items.push(textItem(content.centreNameUg, { x: cx, baseline: 30 * MM, size: 16, color: COLORS.white }))
  } else {
    items.push(textItem(content.centreName, { x: cx, baseline: headerHeight / 2 + 8.5, size: 24, color: COLORS.white, bold: true }))
  }
  let top = headerHeight

  if (draft) {
    const bannerTop = top + 4 * MM
    const bannerHeight = 8.5 * MM
    const note = placeholder ? '样稿 DRAFT · 仅供校对，请勿张贴 · 二维码为示例链接，扫码打不开小程序' : '样稿 DRAFT · 仅供校对，请勿张贴'
    items.push({ type: 'rect', x: margin, y: bannerTop, width: W - 2 * margin, height: bannerHeight, stroke: COLORS.accent, lineWidth: 1.2, radius: 3 })
    items.push(textItem(note, { x: cx, baseline: bannerTop + bannerHeight / 2 + 4.3, size: 12, color: COLORS.accent, bold: true }))
    top = bannerTop + bannerHeight
  }

  const lines = [{ text: content.title, size: 46, color: COLORS.ink, bold: true }]
  if (content.otherNames.length > 0) lines.push({ text: content.otherNames.join(' · '), size: 17, color: COLORS.muted })
  if (content.uyghurName) lines.push({ text: content.uyghurName, size: 26, color: COLORS.ink })
  const gap = 3.5 * MM
  const titleHeight = stackHeight(lines, gap)

  // The code: as large as fits, 88 mm by default, with a quiet zone of at least 4 modules inside its frame.
  const footerRule = PAGE.height - FOOTER
  const spareFor = (size, count) => footerRule - top - titleHeight - (size + 2 * quietZone(size, count)) - BELOW_FRAME
  const quietZone = (size, count) => Math.max(4 * (size / count), 6 * MM)
  const probe = qrItem(content.link, { x: 0, y: 0, size: QR_SIZE })
  const minimumSpare = 3 * 4 * MM
  let size = QR_SIZE
  if (spareFor(size, probe.count) < minimumSpare) {
    size = Math.max(QR_MIN_SIZE, size - (minimumSpare - spareFor(size, probe.count)) / (1 + 8 / probe.count))
  }
  const spare = spareFor(size, probe.count)
  if (spare < 3 * 3 * MM) throw new PosterError(`The texts of the ${content.key} poster do not fit on one A4 page`)
  const quiet = quietZone(size, probe.count)

  // Share the spare height: 30% above the title, 45% between title and code, the rest above the footer.
  const titleTop = top + spare * 0.3
  items.push(...stack(lines, { top: titleTop, gap, centreX: cx }).items)
  const frameTop = titleTop + titleHeight + spare * 0.45
  const qrTop = frameTop + quiet
  const frameBottom = qrTop + size + quiet
  items.push({
    type: 'rect',
    x: cx - size / 2 - quiet,
    y: frameTop,
    width: size + 2 * quiet,
    height: frameBottom - frameTop,
    fill: COLORS.white,
    stroke: COLORS.rule,
    lineWidth: 1,
    radius: 8,
  })
  items.push(qrItem(content.link, { x: cx - size / 2, y: qrTop, size }))

  // Scan instruction.
  items.push(textItem('请用微信扫一扫', { x: cx, baseline: frameBottom + 14 * MM, size: 26, color: COLORS.ink, bold: true }))
  items.push(textItem(content.hint, { x: cx, baseline: frameBottom + 22 * MM, size: 14, color: COLORS.muted }))

  // Opening hours, both seasons, Beijing time (and 新疆时间 in small type).
  const hoursRule = frameBottom + 29 * MM
  items.push({ type: 'line', x1: margin, y1: hoursRule, x2: W - margin, y2: hoursRule, color: COLORS.rule, lineWidth: 0.8 })
  items.push(textItem('开放时间（北京时间）', { x: cx, baseline: hoursRule + 10 * MM, size: 14, color: COLORS.accent, bold: true }))
  const columnWidth = (W - 2 * margin) / content.hours.length
  content.hours.forEach((line, index) => {
    const colX = margin + columnWidth * (index + 0.5)
    items.push(textItem(line.season, { x: colX, baseline: hoursRule + 20 * MM, size: 15, color: COLORS.muted }))
    items.push(textItem(line.beijing, { x: colX, baseline: hoursRule + 30.5 * MM, size: 26, color: COLORS.ink, bold: true }))
    items.push(textItem(`新疆时间 ${line.xinjiang}`, { x: colX, baseline: hoursRule + 38 * MM, size: 11, color: COLORS.faint }))
  })

  // Footer: where and whom to ask, and the link itself in small type for staff checking a print.
  items.push({ type: 'line', x1: margin, y1: footerRule, x2: W - margin, y2: footerRule, color: COLORS.rule, lineWidth: 0.8 })
  items.push(textItem(`地址：${content.address}　　咨询：${content.contact}`, { x: cx, baseline: footerRule + 8 * MM, size: 11, color: COLORS.muted }))
  items.push(textItem(content.link, { x: cx, baseline: footerRule + 14 * MM, size: 8.5, color: COLORS.faint }))

  return { page: PAGE, items, qr: items.find((item) => item.type === 'qr') }
}

module.exports = { layoutPoster, PAGE, COLORS, QR_SIZE, QR_MIN_SIZE, QR_ERROR_CORRECTION, MM }
