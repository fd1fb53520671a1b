import { View, Text } from '@tarojs/components'
import { centre } from '../data/centre'
import type { CentreStatus } from '../domain/schedule'
import { bannerWords, pendingBannerContent, statusBannerContent } from '../domain/status-label'
import type { Messages } from '../i18n'
import { semantics } from './semantics'
import { seasonName as localSeasonName } from '../i18n/facts'
import './StatusBanner.scss'

interface StatusBannerProps {
  readonly status: CentreStatus
  readonly messages: Messages
  /** The season in force, in the resident's language. */
  readonly seasonName: string
  /**
   * A page built ahead of time (web prerender): no status word, which would be stale by the time it is read, but
   * every season's hours; a script in the page fills in the status before its first paint. `true` or absent, never
   * `false`: Taro's Preact adapter copies a component's `false` props onto its first element, and in WeChat that
   * would travel to the view layer as an unbound key.
   */
  readonly pending?: true
}

/** Open now? The first thing a resident at the door needs, in words and colour, with today's hours. */
export function StatusBanner({ status, messages, seasonName, pending }: StatusBannerProps) {
  const words = bannerWords(messages)
  const content = pending
    ? pendingBannerContent(centre.schedule.seasons, words, (season) => localSeasonName(season, messages.locale))
    : statusBannerContent(status, messages.status, words, seasonName)
  return (
    <View className={`status status--${content.state}`} {...semantics({ role: 'status', live: 'polite' })}>
      <View className='status__line'>
        <Text className='status__headline'>{content.headline}</Text>
        <Text className='status__detail'>{content.detail}</Text>
      </View>
      <View className='status__hours'>
        {content.lines.map((line, index) => (
          <Text key={index} className={line.secondary ? 'status__zone' : 'status__text'}>
            {line.text}
          </Text>
        ))}
      </View>
    </View>
  )
}
