import { View } from '@tarojs/components'
import type { CSSProperties, PropsWithChildren } from 'react'
import { useMessages } from '../i18n'
import { usePreferences } from '../state/preferences'
import './PageFrame.scss'

/**
 * The root of every screen: the resident's language direction and text scale, page padding, and room for the
 * phone's home indicator.
 */
export function PageFrame({ children }: PropsWithChildren) {
  const { largeText, textScale, locale } = usePreferences()
  const { dir } = useMessages()
  const classes = ['page', `page--${dir}`, `page--${locale}`, largeText ? 'page--large' : ''].filter(Boolean)
  return (
    <View className={classes.join(' ')} style={{ '--text-scale': String(textScale) } as CSSProperties}>
      {children}
      <View className='page__safe-bottom' />
    </View>
  )
}
