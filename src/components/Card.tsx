import { View, Text } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { semantics } from './semantics'
import './Card.scss'

interface CardProps {
  readonly title?: string
}

/** A white section with an optional heading. */
export function Card({ title, children }: PropsWithChildren<CardProps>) {
  return (
    <View className='card'>
      {title ? (
        <View className='card__title' {...semantics({ role: 'heading', level: 2 })}>
          <Text>{title}</Text>
        </View>
      ) : null}
      {children}
    </View>
  )
}
