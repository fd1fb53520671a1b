import { useMemo } from 'react'
import { statusAt, type CentreStatus } from '../domain/schedule'
import { useUpdates } from '../state/updates'
import { useNow } from './useNow'

/** The centre's live status (published special days included), recomputed every minute while the page is visible. */
export function useCentreStatus(): CentreStatus {
  const now = useNow()
  const { schedule } = useUpdates()
  return useMemo(() => statusAt(now, schedule), [now, schedule])
}
