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

function fieldsOf(room: Room): Record<keyof typeof FIELD_WEIGHTS, string[]> {
  return {
    name: [room.name],
    otherNames: [...room.otherNames],
    scenarios: [...room.scenarios.items],
    equipment: [...room.equipment.items],
    description: [room.description],
  }
}

/** Relevance of a room for the terms: every term must match somewhere, else 0. */
export function relevance(room: Room, searchTerms: readonly string[]): number {
  const fields = fieldsOf(room)
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

/** Matching rooms in the article's order (the order residents see on the signs), filtered by capacity. */
export function searchRooms<R extends Room>(rooms: readonly R[], query: RoomQuery): R[] {
  const searchTerms = terms(query.text ?? '')
  return rooms.filter(
    (room) =>
      (query.minPeople === undefined || maxCapacity(room.capacity) >= query.minPeople) &&
      (searchTerms.length === 0 || relevance(room, searchTerms) > 0),
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
