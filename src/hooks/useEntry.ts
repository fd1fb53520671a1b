import { useEffect, useMemo } from 'react'
import { centre } from '../data/centre'
import { parseEntry, type EntryTarget } from '../domain/entry-link'
import { showToast } from '../platform/feedback'
import { openRoom, openTab, usePageParams } from '../platform/navigation'
import { useMessages } from '../i18n'

const ROOM_IDS: ReadonlySet<string> = new Set(centre.rooms.map((room) => room.id))

/** Where this page's entry parameters (id, q, scene) point. */
export function useEntryTarget(): EntryTarget {
  const params = usePageParams()
  return useMemo(() => parseEntry(params, ROOM_IDS), [params])
}

/**
 * For pages other than the room page: a QR code or link that names a room opens that room; one that cannot be
 * used says so briefly and leaves the resident on the home page.
 */
export function useEntryRedirect(): void {
  const target = useEntryTarget()
  const messages = useMessages()
  useEffect(() => {
    if (target.kind === 'room') openRoom(target.roomId)
    if (target.kind === 'invalid') {
      showToast(target.reason === 'unknown-room' ? messages.entry.unknownRoom : messages.entry.unusableLink)
      openTab('index')
    }
  }, [target, messages])
}
