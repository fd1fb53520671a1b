import { View, Text } from '@tarojs/components'
import type { CentreStatus } from '../domain/schedule'
import { statusLabel, todayHoursText } from '../domain/status-label'
import { toXinjiangTime } from '../domain/schedule'
import type { Messages } from '../i18n'
import { semantics } from './semantics'
import './StatusBanner.scss'

interface StatusBannerProps {
  readonly status: CentreStatus
  readonly messages: Messages
  /** The season in force, in the resident's language. */
  readonly seasonName: string
}

/** Open now? The first thing a resident at the door needs, in words and colour, with today's hours. */
export function StatusBanner({ status, messages, seasonName }: StatusBannerProps) {
  const label = statusLabel(status, messages.status)
  const hours = status.today.hours
  const { common, home } = messages
  return (
    <View className={`status status--${status.state}`} {...semantics({ role: 'status', live: 'polite' })}>
      <View className='status__line'>
        <Text className='status__headline'>{label.headline}</Text>
        <Text className='status__detail'>{label.detail}</Text>
      </View>
      <View className='status__hours'>
        <Text>{todayHoursText(status.today, { ...home, hours: common.hours })}</Text>
        <Text className='status__zone'>
          {common.beijingTime} · {home.season(seasonName)}
        </Text>
        {hours ? (
          <Text className='status__zone'>
            {common.xinjiangTime(common.hours(toXinjiangTime(hours.opens), toXinjiangTime(hours.closes)))}
          </Text>
        ) : null}
        {status.today.specialDay ? <Text className='status__zone'>{status.today.specialDay.note}</Text> : null}
      </View>
    </View>
  )
}
