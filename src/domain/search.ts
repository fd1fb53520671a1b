/** Room search for residents who type what they need (血压, 电钻, 妇女之家), not room names. Pure. */
import type { Room } from '../../types/centre'
import { maxCapacity } from './format'

/** "≥ N people" chips on the rooms page. */
export const CAPACITY_FILTERS = [10, 30, 50] as const

/** How strongly a match in each field says "this is the room", for ranking. */
const FIELD_WEIGHTS = { name: 8, otherNames: 6, scenarios: 4, equipment: 3, description: 1 } as const

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '')
}

function terms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,，、;；]+/)
    .map(normalise)
    .filter(Boolean)
}

/** The searchable facts of a room, in Chinese or translated. */
export type RoomFacts = Pick<Room, 'name' | 'otherNames' | 'description' | 'equipment' | 'scenarios'>

/** The room's facts, plus a translation's, so a resident may type in either language. */
function fieldsOf(room: RoomFacts, translated?: RoomFacts): Record<keyof typeof FIELD_WEIGHTS, string[]> {
  const versions = translated ? [room, translated] : [room]
  return {
    name: versions.map((v) => v.name),
    otherNames: versions.flatMap((v) => [...v.otherNames]),
    scenarios: versions.flatMap((v) => [...v.scenarios.items]),
    equipment: versions.flatMap((v) => [...v.equipment.items]),
    description: versions.map((v) => v.description),
  }
}

/** Relevance of a room for the terms: every term must match somewhere, else 0. */
export function relevance(room: RoomFacts, searchTerms: readonly string[], translated?: RoomFacts): number {
  const fields = fieldsOf(room, translated)
  let score = 0
  for (const term of searchTerms) {
    let termScore = 0
    for (const [field, texts] of Object.entries(fields) as [keyof typeof FIELD_WEIGHTS, string[]][]) {
      if (texts.some((text) => normalise(text).includes(term))) termScore += FIELD_WEIGHTS[field]
    }
    if (termScore === 0) return 0
    score += termScore
  }
  return score
}

export interface RoomQuery {
  readonly text?: string
  /** Only rooms holding at least this many people. */
  readonly minPeople?: number
}

/**
 * Matching rooms in the article's order (the order residents see on the signs), filtered by capacity.
 * With `translate`, a room also matches on its translated facts.
 */
export function searchRooms<R extends Room>(
  rooms: readonly R[],
  query: RoomQuery,
  translate?: (room: R) => RoomFacts,
): R[] {
  const searchTerms = terms(query.text ?? '')
  return rooms.filter(
    (room) =>
      (query.minPeople === undefined || maxCapacity(room.capacity) >= query.minPeople) &&
      (searchTerms.length === 0 || relevance(room, searchTerms, translate?.(room)) > 0),
  )
}

/** The room whose facts best match any of the keywords (the first in article order on a tie). */
export function bestRoomFor<R extends Room>(rooms: readonly R[], keywords: readonly string[]): R | null {
  let best: R | null = null
  let bestScore = 0
  for (const room of rooms) {
    const score = keywords.reduce((sum, keyword) => sum + relevance(room, [normalise(keyword)]), 0)
    if (score > bestScore) {
      best = room
      bestScore = score
    }
  }
  return best
}
