import { useCallback } from 'react'
import { centre } from '../data/centre'
import { groupPhone } from '../domain/format'
import { useMessages } from '../i18n'
import { showNotice } from '../platform/feedback'
import { callPhone } from '../platform/phone'

/** Calls the centre's contact. A cancel shows nothing; a failure shows the number to dial by hand. */
export function useCallContact(): () => Promise<void> {
  const messages = useMessages()
  return useCallback(async () => {
    const outcome = await callPhone(centre.contact.phone)
    if (outcome === 'failed') {
      showNotice(
        messages.contact.callFailedTitle,
        messages.contact.callFailed(groupPhone(centre.contact.phone)),
        messages.contact.ok,
      )
    }
  }, [messages])
}
