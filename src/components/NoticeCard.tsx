import { View, Text } from '@tarojs/components'
import type { Notice } from '../../types/updates'
import { semantics } from './semantics'
import './NoticeCard.scss'

interface NoticeCardProps {
  /** The heading, in the resident's language. */
  readonly heading: string
  readonly notices: readonly Notice[]
}

/**
 * The staff's notices for today, large and plain: their words exactly as published (in Chinese), as text only —
 * nothing in them is ever read as markup. Nothing at all when there is none.
 */
export function NoticeCard({ heading, notices }: NoticeCardProps) {
  if (notices.length === 0) return null
  return (
    <View className='notices'>
      <View className='notices__heading' {...semantics({ role: 'heading', level: 2 })}>
        <Text>{heading}</Text>
      </View>
      {notices.map((notice) => (
        <View key={notice.id} className='notices__item'>
          <View className='notices__title'>
            <Text>{notice.title}</Text>
          </View>
          {notice.body ? (
            <View className='notices__body'>
              <Text>{notice.body}</Text>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
