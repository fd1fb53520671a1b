import { View, Text } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './Card.scss'

interface CardProps {
  readonly title?: string
}

/** A white section with an optional heading. */
export function Card({ title, children }: PropsWithChildren<CardProps>) {
  return (
    <View className='card'>
      {title ? (
        <View className='card__title' role='heading' aria-level={2}>
          <Text>{title}</Text>
        </View>
      ) : null}
      {children}
    </View>
  )
}
