import { View } from '@tarojs/components'
import type { RoomId } from '../../types/centre'
import type { RoomView } from '../i18n/facts'
import type { Messages } from '../i18n'
import { RoomCard } from './RoomCard'
import { semantics } from './semantics'

interface RoomListProps {
  readonly rooms: readonly RoomView[]
  readonly messages: Messages
  readonly onOpen: (roomId: RoomId) => void
}

export function RoomList({ rooms, messages, onOpen }: RoomListProps) {
  return (
    <View {...semantics({ role: 'list' })}>
      {rooms.map((room) => (
        <View key={room.id} {...semantics({ role: 'listitem' })}>
          <RoomCard room={room} messages={messages} onOpen={onOpen} />
        </View>
      ))}
    </View>
  )
}
