/** What became of a platform call. A user who cancels must see nothing; a failure gets a friendly fallback. */
export type Outcome = 'done' | 'cancelled' | 'failed'

/** WeChat reports a user's cancel as a failure whose errMsg ends in "cancel" (e.g. "makePhoneCall:fail cancel"). */
export function isUserCancel(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null ? (error as { errMsg?: unknown }).errMsg : undefined
  return typeof message === 'string' && /cancel/i.test(message)
}
