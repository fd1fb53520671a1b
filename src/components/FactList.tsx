import { View, Text } from '@tarojs/components'
import type { PublishedList } from '../../types/centre'
import { semantics } from './semantics'
import './FactList.scss'

interface FactListProps {
  readonly list: PublishedList
  /** Shown after the last item when the article's list ends with 等. */
  readonly andMore: string
}

/** A published list as chips, every item shown; "等" kept where the article has it. */
export function FactList({ list, andMore }: FactListProps) {
  return (
    <View className='facts' {...semantics({ role: 'list' })}>
      {list.items.map((item) => (
        <View key={item} className='facts__item' {...semantics({ role: 'listitem' })}>
          <Text>{item}</Text>
        </View>
      ))}
      {list.partial ? <Text className='facts__more'>{andMore}</Text> : null}
    </View>
  )
}
