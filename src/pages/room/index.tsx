import { View, Text } from '@tarojs/components'
import { useEffect } from 'react'
import { centre } from '../../data/centre'
import { formatCapacity, telLink } from '../../domain/format'
import { ActionButton } from '../../components/ActionButton'
import { Card } from '../../components/Card'
import { FactList } from '../../components/FactList'
import { PageFrame } from '../../components/PageFrame'
import { RoomList } from '../../components/RoomList'
import { semantics } from '../../components/semantics'
import { useCallContact } from '../../hooks/useCallContact'
import { useEntryTarget } from '../../hooks/useEntry'
import { useLocale, useMessages } from '../../i18n'
import { centreView, roomView } from '../../i18n/facts'
import { hasPreviousPage, openRoom, openTab, roomPath, tabHref } from '../../platform/navigation'
import { useShare } from '../../platform/share'
import './index.scss'

export default function RoomPage() {
  const messages = useMessages()
  const locale = useLocale()
  const target = useEntryTarget()
  const callContact = useCallContact()
  const published = target.kind === 'room' ? centre.rooms.find((r) => r.id === target.roomId) : undefined
  const room = published ? roomView(published, locale) : undefined
  const { common, room: words } = messages

  useShare({
    title: room ? words.shareTitle(room.name) : messages.rooms.shareTitle,
    path: room ? roomPath(room.id) : '/pages/rooms/index',
  })
  useEffect(() => {
    // The front-door code may be set up to open this page; it means the centre itself.
    if (target.kind === 'home') openTab('index')
  }, [target])

  const homeButton = hasPreviousPage() ? null : (
    <ActionButton label={common.home} variant='secondary' onClick={() => openTab('index')} href={tabHref('index')} />
  )

  if (!room) {
    return (
      <PageFrame title={words.notFound}>
        <View className='room__not-found' {...semantics({ role: 'alert' })}>
          <Text className='room__title'>{words.notFound}</Text>
          <Text className='room__hint'>{words.notFoundHint}</Text>
        </View>
        <RoomList rooms={centre.rooms.map((r) => roomView(r, locale))} messages={messages} onOpen={openRoom} />
        {homeButton}
      </PageFrame>
    )
  }

  return (
    <PageFrame title={room.name}>
      <View className='room__header'>
        <View {...semantics({ role: 'heading', level: 1 })}>
          <Text className='room__title'>{room.name}</Text>
        </View>
        {room.signName ? <Text className='room__sign'>{room.signName}</Text> : null}
        {room.otherNames.length > 0 ? (
          <Text className='room__aka'>
            {words.otherNames} {room.otherNames.join(common.listSeparator)}
          </Text>
        ) : null}
        <Text className='room__capacity'>
          {words.capacity} {common.people(formatCapacity(room.capacity))}
        </Text>
      </View>
      <Card>
        <Text className='room__description'>{room.description}</Text>
      </Card>
      <Card title={words.equipment}>
        <FactList list={room.equipment} andMore={common.andMore} />
      </Card>
      <Card title={words.scenarios}>
        <FactList list={room.scenarios} andMore={common.andMore} />
      </Card>
      <Card>
        <Text className='room__hint'>
          {words.callHint} {centreView(locale).contactName}
        </Text>
        <ActionButton label={common.call} onClick={callContact} href={telLink(centre.contact.phone)} />
      </Card>
      {homeButton}
    </PageFrame>
  )
}
