import { View, Text } from '@tarojs/components'
import { centre } from '../../data/centre'
import { needs } from '../../data/needs'
import { telLink } from '../../domain/format'
import { resolveNeeds } from '../../domain/needs'
import { roomWebPath } from '../../domain/web-routes'
import { activeNotices } from '../../domain/updates'
import { ActionButton } from '../../components/ActionButton'
import { AddressLines } from '../../components/AddressLines'
import { Card } from '../../components/Card'
import { NoticeCard } from '../../components/NoticeCard'
import { PageFrame } from '../../components/PageFrame'
import { Pressable } from '../../components/Pressable'
import { PreferenceSwitches } from '../../components/PreferenceSwitches'
import { StatusBanner } from '../../components/StatusBanner'
import { semantics } from '../../components/semantics'
import { useCallContact } from '../../hooks/useCallContact'
import { useCentreStatus } from '../../hooks/useCentreStatus'
import { useEntryRedirect } from '../../hooks/useEntry'
import { useLocale, useMessages } from '../../i18n'
import { centreView, needLabel, seasonName } from '../../i18n/facts'
import { openRoom, openTab, tabHref } from '../../platform/navigation'
import { useShare } from '../../platform/share'
import { isPrerendering } from '../../platform/static-page'
import { useUpdates } from '../../state/updates'
import './index.scss'

const shortcuts = resolveNeeds(needs, centre.rooms)

export default function HomePage() {
  const messages = useMessages()
  const locale = useLocale()
  const place = centreView(locale)
  const status = useCentreStatus()
  const { updates } = useUpdates()
  const notices = activeNotices(updates, status.today.date)
  const callContact = useCallContact()
  useEntryRedirect()
  useShare({ title: messages.home.shareTitle, path: '/pages/index/index' })
  const { common, home } = messages

  return (
    <PageFrame title={place.name}>
      <PreferenceSwitches />
      <View className='home__name' {...semantics({ role: 'heading', level: 1 })}>
        <Text>{place.name}</Text>
      </View>
      <StatusBanner
        status={status}
        messages={messages}
        seasonName={seasonName(status.today.season, locale)}
        pending={isPrerendering() || undefined}
      />
      <NoticeCard heading={home.noticesTitle} notices={notices} />
      <ActionButton label={common.call} onClick={callContact} href={telLink(centre.contact.phone)} />
      <ActionButton label={common.goThere} variant='secondary' onClick={() => openTab('visit')} href={tabHref('visit')} />
      <ActionButton label={common.rooms} variant='secondary' onClick={() => openTab('rooms')} href={tabHref('rooms')} />
      <Card title={home.needsTitle}>
        <View className='home__needs' {...semantics({ role: 'list' })}>
          {shortcuts.map(({ need, roomId }) => (
            <View key={need.id} {...semantics({ role: 'listitem' })}>
              <Pressable className='home__need' hoverClass='home__need--pressed' semantics={{ role: 'link' }} onPress={() => openRoom(roomId)} href={roomWebPath(roomId)}>
                <Text>{needLabel(need, locale)}</Text>
              </Pressable>
            </View>
          ))}
        </View>
      </Card>
      <Card title={home.address}>
        <AddressLines place={place} />
        <View className='home__source'>
          <Text>{messages.source(centre.source.publishedOn)}</Text>
        </View>
      </Card>
    </PageFrame>
  )
}
