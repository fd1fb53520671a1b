import { View, Text, Input } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { centre } from '../../data/centre'
import { CAPACITY_FILTERS, searchRooms } from '../../domain/search'
import { ActionButton } from '../../components/ActionButton'
import { PageFrame } from '../../components/PageFrame'
import { Pressable } from '../../components/Pressable'
import { RoomList } from '../../components/RoomList'
import { semantics } from '../../components/semantics'
import { useEntryRedirect } from '../../hooks/useEntry'
import { useLocale, useMessages } from '../../i18n'
import { roomView } from '../../i18n/facts'
import { openRoom } from '../../platform/navigation'
import { useShare } from '../../platform/share'
import './index.scss'

export default function RoomsPage() {
  const messages = useMessages()
  const locale = useLocale()
  const [text, setText] = useState('')
  const [minPeople, setMinPeople] = useState<number | undefined>(undefined)
  useEntryRedirect()
  useShare({ title: messages.rooms.shareTitle, path: '/pages/rooms/index' })
  const results = useMemo(() => {
    const view = (room: (typeof centre.rooms)[number]) => roomView(room, locale)
    return searchRooms(centre.rooms, { text, minPeople }, locale === 'zh' ? undefined : view).map(view)
  }, [text, minPeople, locale])
  const { rooms } = messages
  const chips: (number | undefined)[] = [undefined, ...CAPACITY_FILTERS]
  const clear = () => {
    setText('')
    setMinPeople(undefined)
  }

  return (
    <PageFrame title={messages.tabs.rooms}>
      <View className='rooms__search'>
        <Input
          className='rooms__input'
          type='text'
          confirmType='search'
          value={text}
          placeholder={rooms.searchPlaceholder}
          {...semantics({ label: rooms.searchPlaceholder })}
          onInput={(event) => setText(event.detail.value)}
        />
        {text ? (
          <Pressable className='rooms__clear' hoverClass='rooms__clear--pressed' onPress={() => setText('')}>
            <Text>{rooms.clearSearch}</Text>
          </Pressable>
        ) : null}
      </View>
      <View className='rooms__chips' {...semantics({ role: 'group', label: rooms.capacityFilterLabel })}>
        {chips.map((chip) => (
          <Pressable
            key={chip ?? 'all'}
            className={`rooms__chip${chip === minPeople ? ' rooms__chip--on' : ''}`}
            semantics={{ pressed: chip === minPeople }}
            onPress={() => setMinPeople(chip)}
          >
            <Text>{chip === undefined ? rooms.capacityAll : rooms.capacityAtLeast(chip)}</Text>
          </Pressable>
        ))}
      </View>
      <View className='rooms__count' {...semantics({ role: 'status', live: 'polite' })}>
        <Text>{rooms.resultCount(results.length)}</Text>
      </View>
      {results.length > 0 ? (
        <RoomList rooms={results} messages={messages} onOpen={openRoom} />
      ) : (
        <View className='rooms__empty'>
          <Text className='rooms__empty-title'>{rooms.empty}</Text>
          <Text className='rooms__empty-hint'>{rooms.emptyHint}</Text>
          <ActionButton label={rooms.clearAll} variant='secondary' onClick={clear} />
        </View>
      )}
    </PageFrame>
  )
}
