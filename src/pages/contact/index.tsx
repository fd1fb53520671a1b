import { View, Text } from '@tarojs/components'
import { centre } from '../../data/centre'
import { groupPhone, spokenPhone, telLink } from '../../domain/format'
import { ActionButton } from '../../components/ActionButton'
import { AddressLines } from '../../components/AddressLines'
import { Card } from '../../components/Card'
import { PageFrame } from '../../components/PageFrame'
import { semantics } from '../../components/semantics'
import { useCallContact } from '../../hooks/useCallContact'
import { useEntryRedirect } from '../../hooks/useEntry'
import { useLocale, useMessages } from '../../i18n'
import { centreView } from '../../i18n/facts'
import { useShare } from '../../platform/share'
import './index.scss'

const groupedPhone = groupPhone(centre.contact.phone)
const phoneDigits = spokenPhone(centre.contact.phone)

export default function ContactPage() {
  const messages = useMessages()
  const place = centreView(useLocale())
  const callContact = useCallContact()
  useEntryRedirect()
  useShare({ title: messages.contact.shareTitle, path: '/pages/contact/index' })
  const { common, contact } = messages

  return (
    <PageFrame title={messages.tabs.contact}>
      <Card title={contact.person}>
        <Text className='contact__name'>{place.contactName}</Text>
        {place.contactName === centre.contact.name ? null : <Text className='contact__name-zh'>{centre.contact.name}</Text>}
        {/* Shown grouped and selectable (long-press copies it); said digit by digit. */}
        <View className='contact__phone ltr'>
          <Text userSelect {...semantics({ hidden: true })}>
            {groupedPhone}
          </Text>
          <Text className='visually-hidden'>{phoneDigits}</Text>
        </View>
        <ActionButton label={common.call} onClick={callContact} href={telLink(centre.contact.phone)} />
        <Text className='contact__hint'>{contact.saveHint}</Text>
      </Card>
      <Card title={messages.visit.addressTitle}>
        <AddressLines place={place} />
      </Card>
    </PageFrame>
  )
}
