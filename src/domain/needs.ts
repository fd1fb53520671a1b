/** "我想…" shortcuts resolved against the rooms' published facts. Pure. */
import type { Room, RoomId } from '../../types/centre'
import type { Need } from '../data/needs'
import { bestRoomFor } from './search'

export interface ResolvedNeed<N extends Need> {
  readonly need: N
  readonly roomId: RoomId
}

/** Each need with the room that serves it; needs no room matches are left out rather than pointing anywhere. */
export function resolveNeeds<N extends Need>(needs: readonly N[], rooms: readonly Room[]): ResolvedNeed<N>[] {
  return needs.flatMap((need) => {
    const room = bestRoomFor(rooms, need.keywords)
    return room ? [{ need, roomId: room.id }] : []
  })
}
