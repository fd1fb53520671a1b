import { useMemo } from 'react'
import { centre } from '../data/centre'
import { statusAt, type CentreStatus } from '../domain/schedule'
import { useNow } from './useNow'

/** The centre's live status, recomputed every minute while the page is visible. */
export function useCentreStatus(): CentreStatus {
  const now = useNow()
  return useMemo(() => statusAt(now, centre.schedule), [now])
}
