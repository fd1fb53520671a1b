import { View } from '@tarojs/components'
import { useEffect, type CSSProperties, type PropsWithChildren } from 'react'
import { useMessages } from '../i18n'
import { setPageTitle } from '../platform/navigation'
import { useStaticPageTakeOver } from '../platform/static-page'
import { usePreferences } from '../state/preferences'
import './PageFrame.scss'

interface PageFrameProps {
  /** The navigation bar's title, in the resident's language (page configs can only hold the Chinese one). */
  readonly title: string
}

/**
 * The root of every screen: its title, the resident's language direction and text scale, page padding, and room
 * for the phone's home indicator.
 */
export function PageFrame({ title, children }: PropsWithChildren<PageFrameProps>) {
  const { largeText, textScale, locale } = usePreferences()
  const { dir } = useMessages()
  useEffect(() => setPageTitle(title), [title])
  useStaticPageTakeOver()
  const classes = ['page', `page--${dir}`, `page--${locale}`, largeText ? 'page--large' : ''].filter(Boolean)
  return (
    <View className={classes.join(' ')} style={{ '--text-scale': String(textScale) } as CSSProperties}>
      {children}
      <View className='page__safe-bottom' />
    </View>
  )
}
