import { View } from '@tarojs/components'
import type { Room } from '../../types/centre'
import type { Messages } from '../i18n'
import { RoomCard } from './RoomCard'

interface RoomListProps {
  readonly rooms: readonly Room[]
  readonly messages: Messages
  readonly onOpen: (roomId: Room['id']) => void
}

export function RoomList({ rooms, messages, onOpen }: RoomListProps) {
  return (
    <View role='list'>
      {rooms.map((room) => (
        <View key={room.id} role='listitem'>
          <RoomCard room={room} messages={messages} onOpen={onOpen} />
        </View>
      ))}
    </View>
  )
}
