/**
 * The centre's facts in the resident's language. Chinese is the data itself (src/data); translations live in
 * src/i18n/ug/ keyed by the data's ids. Anything missing or malformed in a translation falls back to the
 * Chinese fact, field by field, and missingTranslations() lists it so the gap is never silent.
 */
import type { Capacity, PublishedList, Room, RoomId, Season } from '../../types/centre'
import type { RoomTranslation } from '../../types/translation'
import { centre } from '../data/centre'
import { needs, type Need, type NeedId } from '../data/needs'
import { formatAddress } from '../domain/format'
import type { Locale } from '../domain/preferences'
import { centreUg, seasonsUg, transitUg } from './ug/centre'
import { needsUg } from './ug/needs'
import { roomsUg } from './ug/rooms'

export interface RoomView {
  readonly id: RoomId
  readonly name: string
  /** The Chinese name, shown beside a translated one: the signs at the centre are in Chinese. */
  readonly signName: string | null
  readonly otherNames: readonly string[]
  readonly description: string
  readonly capacity: Capacity
  readonly equipment: PublishedList
  readonly scenarios: PublishedList
}

const ROOM_TRANSLATIONS: Partial<Record<Locale, Partial<Record<RoomId, RoomTranslation>>>> = { ug: roomsUg }

/** A translated list only when it matches the published one item for item. */
function translatedList(list: PublishedList, translated: readonly string[] | undefined): PublishedList {
  if (!translated || translated.length !== list.items.length || translated.some((item) => !item)) return list
  return { items: translated as PublishedList['items'], partial: list.partial }
}

function translatedNames(names: readonly string[], translated: readonly string[] | undefined): readonly string[] {
  return translated && translated.length === names.length ? translated : names
}

export function roomView(room: Room, locale: Locale): RoomView {
  const t = ROOM_TRANSLATIONS[locale]?.[room.id]
  return {
    id: room.id,
    name: t?.name || room.name,
    signName: t?.name ? room.name : null,
    otherNames: translatedNames(room.otherNames, t?.otherNames),
    description: t?.description || room.description,
    capacity: room.capacity,
    equipment: translatedList(room.equipment, t?.equipment),
    scenarios: translatedList(room.scenarios, t?.scenarios),
  }
}

export function needLabel(need: Need, locale: Locale): string {
  return (locale === 'ug' && needsUg[need.id as NeedId]?.text) || need.label
}

export function seasonName(season: Season, locale: Locale): string {
  return (locale === 'ug' && seasonsUg[season.id]?.text) || season.name
}

const addressZh = formatAddress(centre.address)

export interface CentreView {
  readonly name: string
  readonly address: string
  /** The Chinese address, for taxi drivers and signs, shown beside a translated one. */
  readonly addressZh: string | null
  readonly contactName: string
  readonly seasonDatesNote: string
  readonly locationNote: string
  /** The bus stop; a translated name carries the Chinese one the bus announces, e.g. كۆۋرۈك بېشى (桥头). */
  readonly alightAt: string
}

export function centreView(locale: Locale): CentreView {
  const ug = locale === 'ug'
  return {
    name: (ug && centreUg.name) || centre.name,
    address: (ug && centreUg.address) || addressZh,
    addressZh: ug && centreUg.address ? addressZh : null,
    contactName: (ug && centreUg.contactName) || centre.contact.name,
    seasonDatesNote: (ug && centreUg.seasonDatesNote) || centre.schedule.seasonDates.note,
    locationNote: (ug && centreUg.locationNote) || centre.location.note,
    alightAt: ug && transitUg.alightAt ? `${transitUg.alightAt} (${centre.transit.alightAt})` : centre.transit.alightAt,
  }
}

/** Every fact that has no Uyghur translation (or one that does not match the published list), by key. */
export function missingTranslations(): string[] {
  const missing: string[] = []
  for (const room of centre.rooms) {
    const t = roomsUg[room.id]
    if (!t) {
      missing.push(`rooms.${room.id}`)
      continue
    }
    if (!t.name) missing.push(`rooms.${room.id}.name`)
    if (!t.description) missing.push(`rooms.${room.id}.description`)
    if (t.otherNames.length !== room.otherNames.length) missing.push(`rooms.${room.id}.otherNames`)
    if (translatedList(room.equipment, t.equipment) === room.equipment) missing.push(`rooms.${room.id}.equipment`)
    if (translatedList(room.scenarios, t.scenarios) === room.scenarios) missing.push(`rooms.${room.id}.scenarios`)
  }
  for (const need of needs) if (!needsUg[need.id]?.text) missing.push(`needs.${need.id}`)
  for (const season of centre.schedule.seasons) if (!seasonsUg[season.id]?.text) missing.push(`seasons.${season.id}`)
  for (const [key, value] of Object.entries({ ...centreUg, ...transitUg })) if (value === '') missing.push(`centre.${key}`)
  return missing
}
