import { View, Text } from '@tarojs/components'
import type { RoomId } from '../../types/centre'
import { formatCapacity } from '../domain/format'
import { roomWebPath } from '../domain/web-routes'
import type { RoomView } from '../i18n/facts'
import type { Messages } from '../i18n'
import { Pressable } from './Pressable'
import { semantics } from './semantics'
import './RoomCard.scss'

interface RoomCardProps {
  readonly room: RoomView
  readonly messages: Messages
  readonly onOpen: (roomId: RoomId) => void
}

const KEY_ITEMS = 3

/** One room in a list: name (and the Chinese name on the door), capacity and a few key items; the whole card opens the room. */
export function RoomCard({ room, messages, onOpen }: RoomCardProps) {
  const { common, rooms } = messages
  const items = room.equipment.items.slice(0, KEY_ITEMS).join(common.listSeparator)
  return (
    <Pressable
      className='room-card'
      hoverClass='room-card--pressed'
      semantics={{ role: 'link', label: room.name }}
      onPress={() => onOpen(room.id)}
      href={roomWebPath(room.id)}
    >
      <View className='room-card__main'>
        <Text className='room-card__name'>{room.name}</Text>
        {room.signName ? (
          <Text className='room-card__sign'>{room.signName}</Text>
        ) : null}
        {room.otherNames.length > 0 ? (
          <Text className='room-card__aka'>{room.otherNames.join(common.listSeparator)}</Text>
        ) : null}
        <Text className='room-card__meta'>
          {rooms.capacity} {common.people(formatCapacity(room.capacity))} · {items}
          {room.equipment.items.length > KEY_ITEMS ? common.andMore : ''}
        </Text>
      </View>
      <Text className='room-card__chevron' {...semantics({ hidden: true })}>
        ›
      </Text>
    </Pressable>
  )
}
