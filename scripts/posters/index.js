#!/usr/bin/env node
/**
 * npm run posters [-- --out DIR] [--room ID] [--draft]
 * Door QR posters for the centre's front door and every room: A4 PDF + SVG each, and all-posters.pdf.
 * docs/posters.md explains the base URL and the mini-program console set-up the codes rely on.
 */
const path = require('node:path')
const { resolveBaseUrl, assertPrintable, PosterError } = require('./config')
// The heavy modules (TypeScript, fonts, pdfkit) load only once the arguments and base URL are known to be good.
const loadUyghur = () => require('./uyghur')
const loadGenerator = () => require('./generate')

const USAGE = `Usage: npm run posters -- [--out DIR] [--room ID] [--draft]
  --out DIR   output folder (default: posters-out)
  --room ID   only one poster: a room id, or front-door
  --draft     allow the placeholder base URL; posters are marked 样稿 / DRAFT
Base URL: posters.config.json "baseUrl", or the POSTER_BASE_URL environment variable.`

function parseArgs(argv) {
  const args = { outDir: 'posters-out', roomId: undefined, draft: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i]]
    const value = () => {
      const next = inline ?? argv[++i]
      if (next === undefined || next === '') throw new PosterError(`${flag} needs a value\n${USAGE}`)
      return next
    }
    if (flag === '--out') args.outDir = value()
    else if (flag === '--room') args.roomId = value()
    else if (flag === '--draft') args.draft = true
    else if (flag === '--help' || flag === '-h') args.help = true
    else throw new PosterError(`Unknown option "${argv[i]}"\n${USAGE}`)
  }
  return args
}

/** A path as short as possible: relative to the current folder when inside it. */
function display(file) {
  const relative = path.relative(process.cwd(), file)
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

function reportUyghur(uyghur, draft) {
  if (uyghur.warning) {
    console.warn(`warning: ${uyghur.warning}`)
    return
  }
  if (uyghur.sources.length === 0) {
    console.log('Uyghur names: none yet (no src/i18n/ug translations; scripts/posters/uyghur.js reads them)')
    return
  }
  const rooms = Object.keys(uyghur.roomNames).length
  const centre = uyghur.centreName ? ' and the centre' : ''
  console.log(`Uyghur names: ${rooms} room${rooms === 1 ? '' : 's'}${centre}${draft ? ', reviewed or not (draft)' : ', reviewed ones'}`)
  if (!draft && uyghur.leftOut.length > 0) {
    console.warn(
      `warning: Uyghur names not yet reviewed are left off: ${uyghur.leftOut.join(', ')}. ` +
        'Mark them reviewed: true in src/i18n/ug once checked; --draft shows them for proof-reading.',
    )
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  if (args.help) {
    console.log(USAGE)
    return
  }
  const base = resolveBaseUrl()
  assertPrintable(base, args.draft)
  const { generatePosters, ALL_POSTERS_PDF } = loadGenerator()
  const uyghur = loadUyghur().loadUyghurNames({ includeUnreviewed: args.draft })
  const outDir = path.resolve(args.outDir)
  const shown = display(outDir)
  console.log(`Posters for ${base.baseUrl} (from ${base.source})${args.draft ? ' — DRAFT, marked 样稿' : ''} → ${shown}/`)
  reportUyghur(uyghur, args.draft)

  const { posters, combined } = await generatePosters({
    outDir,
    base,
    draft: args.draft,
    roomId: args.roomId,
    uyghur,
    onProgress(done, total, poster) {
      const files = `${display(poster.pdf)}, .svg`
      console.log(`[${String(done).padStart(String(total).length)}/${total}] ${poster.key.padEnd(16)} ${poster.title}  ${poster.link}  → ${files}`)
    },
  })
  console.log(`Done: ${posters.length} poster${posters.length === 1 ? '' : 's'}${combined ? ` and ${ALL_POSTERS_PDF} (one page each)` : ''} in ${shown}/`)
}

main().catch((error) => {
  if (error instanceof PosterError) console.error(`posters: ${error.message}`)
  else console.error(error)
  process.exitCode = 1
})
