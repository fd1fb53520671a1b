import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './PageFrame.scss'

/** The root of every screen: page padding and room for the phone's home indicator. */
export function PageFrame({ children }: PropsWithChildren) {
  return (
    <View className='page'>
      {children}
      <View className='page__safe-bottom' />
    </View>
  )
}
