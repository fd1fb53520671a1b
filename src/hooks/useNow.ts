import { useCallback, useEffect, useRef, useState } from 'react'
import { usePageVisibility } from '../platform/lifecycle'

const MINUTE_MS = 60_000

/** The current time, refreshed every minute while the page is visible; no timer runs while it is hidden. */
export function useNow(intervalMs: number = MINUTE_MS): number {
  const [now, setNow] = useState(() => Date.now())
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)

  const stop = useCallback(() => {
    if (timer.current !== null) clearInterval(timer.current)
    timer.current = null
  }, [])
  const start = useCallback(() => {
    stop()
    setNow(Date.now())
    timer.current = setInterval(() => setNow(Date.now()), intervalMs)
  }, [intervalMs, stop])

  usePageVisibility(start, stop)
  useEffect(() => {
    start()
    return stop
  }, [start, stop])
  return now
}
