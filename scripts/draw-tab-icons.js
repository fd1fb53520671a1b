#!/usr/bin/env node
/**
 * Draws the WeChat tab bar icons: src/assets/tab/{home,rooms,visit,contact}.png (grey, outline) and
 * {name}-active.png (red, filled). 81×81 px, transparent background, each well under WeChat's 40 KB limit (and our
 * own 4 KB budget).
 *
 * Every icon is a signed-distance function in pixel units (negative inside). The filled icon is the shape itself;
 * the outline icon is the band of width STROKE just inside its edge, so both states have the same silhouette. Each
 * pixel is supersampled (4×4) and each sample's coverage is taken from the distance, which anti-aliases the edges.
 *
 * Run: node scripts/draw-tab-icons.js [--out DIR] [--scale N]   (--scale draws enlarged previews to check by eye)
 */
const fs = require('node:fs')
const path = require('node:path')
const { PNG } = require('pngjs')

const SIZE = 81
const STROKE = 5.5
const GREY = [0x6b, 0x6b, 0x6b]
const RED = [0xb3, 0x26, 0x1e]

// ---- signed-distance primitives (p = [x, y], pixel units, y down) ----

const len = (x, y) => Math.hypot(x, y)
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v))
const union = (...ds) => Math.min(...ds)
const subtract = (d, cut) => Math.max(d, -cut)

function circle([x, y], [cx, cy], r) {
  return len(x - cx, y - cy) - r
}

/** A rectangle centred at c with half-size [hx, hy] and corner radius r. */
function roundBox([x, y], [cx, cy], [hx, hy], r) {
  const qx = Math.abs(x - cx) - hx + r
  const qy = Math.abs(y - cy) - hy + r
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

/** A capsule: the segment a–b thickened to width w. */
function capsule([x, y], [ax, ay], [bx, by], w) {
  const ex = bx - ax
  const ey = by - ay
  const t = clamp(((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey), 0, 1)
  return len(x - ax - ex * t, y - ay - ey * t) - w / 2
}

/** A closed polygon (exact signed distance, after Inigo Quilez). */
function polygon([x, y], v) {
  let d = (x - v[0][0]) ** 2 + (y - v[0][1]) ** 2
  let s = 1
  for (let i = 0, j = v.length - 1; i < v.length; j = i, i++) {
    const ex = v[j][0] - v[i][0]
    const ey = v[j][1] - v[i][1]
    const wx = x - v[i][0]
    const wy = y - v[i][1]
    const t = clamp((wx * ex + wy * ey) / (ex * ex + ey * ey), 0, 1)
    d = Math.min(d, (wx - ex * t) ** 2 + (wy - ey * t) ** 2)
    const c1 = y >= v[i][1]
    const c2 = y < v[j][1]
    const c3 = ex * wy > ey * wx
    if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s
  }
  return s * Math.sqrt(d)
}

/** A stroke of width w along the circle (c, r) between angles a0 and a1 (radians, y down, a0 < a1), round ends. */
function arc([x, y], [cx, cy], r, a0, a1, w) {
  let a = Math.atan2(y - cy, x - cx)
  while (a < a0) a += 2 * Math.PI
  if (a <= a1) return Math.abs(len(x - cx, y - cy) - r) - w / 2
  const end = (t) => len(x - cx - r * Math.cos(t), y - cy - r * Math.sin(t))
  return Math.min(end(a0), end(a1)) - w / 2
}

// ---- the icons: each returns the filled shape's distance at p ----

/** A house: a pitched roof over the walls, and a door cut out of the bottom. */
function home(p) {
  const r = 4 // corner rounding: draw the polygon r smaller, then grow it by r
  const house = polygon(p, [
    [40.5, 11 + r * 1.4],
    [67 - r, 35 + r * 0.4],
    [67 - r, 69 - r],
    [14 + r, 69 - r],
    [14 + r, 35 + r * 0.4],
  ]) - r
  const door = roundBox(p, [40.5, 62], [7.5, 14], 3)
  return subtract(house, door)
}

/** Four rounded squares, 2 × 2. */
function rooms(p) {
  const half = 12.5
  const gap = 7
  const c0 = 40.5 - gap / 2 - half
  const c1 = 40.5 + gap / 2 + half
  return union(
    roundBox(p, [c0, c0], [half, half], 6),
    roundBox(p, [c1, c0], [half, half], 6),
    roundBox(p, [c0, c1], [half, half], 6),
    roundBox(p, [c1, c1], [half, half], 6),
  )
}

/** A map pin: a disc drawn to a point below it, with a round hole. */
function visit(p) {
  const cx = 40.5
  const cy = 33
  const round = 2.5
  const R = 22 - round
  const tipY = 72 - round
  const D = tipY - cy
  const s = R / D
  const k = Math.sqrt(1 - s * s)
  // The triangle's sides touch the disc: tangent points at c + R·(±k, s).
  const body = union(
    circle(p, [cx, cy], R),
    polygon(p, [
      [cx - R * k, cy + R * s],
      [cx + R * k, cy + R * s],
      [cx, tipY],
    ]),
  ) - round
  return subtract(body, circle(p, [cx, cy], 8.5))
}

/** A telephone handset: a curved grip from the earpiece (top left) to the mouthpiece (bottom right). */
function contact(p) {
  const c = [61.5, 25.5] // centre of the grip's curve; the handset itself is centred in the icon
  const outer = 46
  const grip = 14
  const pad = 23 // ear- and mouthpiece reach further in (towards the face) than the grip
  const span = 10 // their half-length along the grip
  const band = subtract(circle(p, c, outer), circle(p, c, outer - grip))
  // Only the quarter below and left of the centre.
  const quarter = Math.max(c[1] - p[1], p[0] - c[0])
  const handle = Math.max(band, quarter)
  const ear = roundBox(p, [c[0] - outer + pad / 2, c[1] - span + 4], [pad / 2, span], 6)
  const mouth = roundBox(p, [c[0] - span + 4, c[1] + outer - pad / 2], [span, pad / 2], 6)
  return union(handle, ear, mouth)
}

const icons = { home, rooms, visit, contact }

// ---- rendering ----

const SUB = 4 // supersamples per axis

function render(shape, { color, outline, scale }) {
  const size = SIZE * scale
  const png = new PNG({ width: size, height: size, colorType: 6 })
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let coverage = 0
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const x = (px + (sx + 0.5) / SUB) / scale
          const y = (py + (sy + 0.5) / SUB) / scale
          const f = shape([x, y])
          // The outline is the band -STROKE < f < 0 just inside the filled shape's edge.
          const d = outline ? Math.abs(f + STROKE / 2) - STROKE / 2 : f
          // A sample is 1/(SUB·scale) icon px wide: ramp its coverage over that width across the edge.
          coverage += clamp(0.5 - d * SUB * scale, 0, 1)
        }
      }
      const i = (py * size + px) * 4
      png.data[i] = color[0]
      png.data[i + 1] = color[1]
      png.data[i + 2] = color[2]
      png.data[i + 3] = Math.round((255 * coverage) / (SUB * SUB))
    }
  }
  return PNG.sync.write(png, { colorType: 6, deflateLevel: 9 })
}

function main() {
  const args = process.argv.slice(2)
  const opt = (name, fallback) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : fallback
  }
  const out = path.resolve(opt('--out', path.join(__dirname, '..', 'src', 'assets', 'tab')))
  const scale = Number(opt('--scale', '1'))
  fs.mkdirSync(out, { recursive: true })
  for (const [name, shape] of Object.entries(icons)) {
    for (const active of [false, true]) {
      const file = path.join(out, `${name}${active ? '-active' : ''}.png`)
      const bytes = render(shape, { color: active ? RED : GREY, outline: !active, scale })
      fs.writeFileSync(file, bytes)
      console.log(`${path.relative(process.cwd(), file)}  ${bytes.length} bytes`)
    }
  }
}

main()
