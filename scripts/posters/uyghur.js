/**
 * THE single hook point for Uyghur (ئۇيغۇرچە) names on the posters. Nothing else in scripts/posters reads
 * translations; if src/i18n/ug changes shape, change this file only.
 *
 * It reads the app's own translations (types/translation.ts):
 *   src/i18n/ug/rooms.ts   export const roomsUg: Partial<Record<RoomId, { name, reviewed, … }>>
 *   src/i18n/ug/centre.ts  export const centreUg: { fullName, reviewed, … }
 * A room's Uyghur name is printed under its Chinese name, and the centre's under the Chinese name in the header.
 *
 * A door sign outlives a screen, so a final print run only uses entries with `reviewed: true` (checked by a native
 * speaker at the centre). Drafts (--draft) show unreviewed ones too, so they can be proof-read on paper.
 * Code that calls generatePosters() may pass its own { centreName, roomNames } instead.
 */
const fs = require('node:fs')
const path = require('node:path')
const { requireTs, repoRoot } = require('./load-ts')

const ROOMS_MODULE = 'src/i18n/ug/rooms.ts'
const CENTRE_MODULE = 'src/i18n/ug/centre.ts'

const exists = (file) => fs.existsSync(path.join(repoRoot, file))

function load(file, exportName) {
  const exported = requireTs(file.replace(/\.ts$/, ''))[exportName]
  if (!exported || typeof exported !== 'object') throw new Error(`${file} does not export ${exportName}`)
  return exported
}

const usable = (entry, includeUnreviewed) =>
  !!entry && typeof entry.name === 'string' && entry.name.trim() !== '' && (includeUnreviewed || entry.reviewed === true)

/**
 * @param {{ includeUnreviewed?: boolean }} options  true for drafts
 * @returns {{ sources: string[], centreName?: string, roomNames: Record<string, string>, leftOut: string[], warning?: string }}
 *   leftOut: ids ('centre' or room ids) with a translation that is not reviewed yet and so was not used.
 */
function loadUyghurNames({ includeUnreviewed = false } = {}) {
  const result = { sources: [], centreName: undefined, roomNames: {}, leftOut: [] }
  try {
    if (exists(ROOMS_MODULE)) {
      result.sources.push(ROOMS_MODULE)
      for (const [id, entry] of Object.entries(load(ROOMS_MODULE, 'roomsUg'))) {
        if (usable(entry, includeUnreviewed)) result.roomNames[id] = entry.name.trim()
        else if (usable(entry, true)) result.leftOut.push(id)
      }
    }
    if (exists(CENTRE_MODULE)) {
      result.sources.push(CENTRE_MODULE)
      const centre = load(CENTRE_MODULE, 'centreUg')
      const entry = { name: centre.fullName, reviewed: centre.reviewed }
      if (usable(entry, includeUnreviewed)) result.centreName = entry.name.trim()
      else if (usable(entry, true)) result.leftOut.push('centre')
    }
  } catch (error) {
    return { sources: result.sources, roomNames: {}, leftOut: [], warning: `Uyghur names could not be read (${error.message}); none printed` }
  }
  return result
}

module.exports = { loadUyghurNames, ROOMS_MODULE, CENTRE_MODULE }
