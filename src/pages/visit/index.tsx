import { View, Text, Map } from '@tarojs/components'
import { useMemo } from 'react'
import { centre } from '../../data/centre'
import { formatAddress, monthDayParts } from '../../domain/format'
import { seasonEnds, upcomingSpecialDays } from '../../domain/schedule'
import { webMapUrl, type MapPlace } from '../../domain/web-map'
import { ActionButton } from '../../components/ActionButton'
import { AddressLines } from '../../components/AddressLines'
import { Card } from '../../components/Card'
import { PageFrame } from '../../components/PageFrame'
import { semantics } from '../../components/semantics'
import { useCentreStatus } from '../../hooks/useCentreStatus'
import { useEntryRedirect } from '../../hooks/useEntry'
import { useLocale, useMessages } from '../../i18n'
import { centreView, seasonName } from '../../i18n/facts'
import { showNotice } from '../../platform/feedback'
import { isWeapp } from '../../platform/env'
import { canOpenNativeMap, openNativeMap } from '../../platform/map'
import { useShare } from '../../platform/share'
import { isPrerendering } from '../../platform/static-page'
import { useUpdates } from '../../state/updates'
import './index.scss'

/** The red pin of the tab bar, by its path in the package: WeChat's map markers do not take inlined data URLs. */
const MARKER_ICON = '/assets/tab/visit-active.png'

/** The map always gets the Chinese name and address: that is what map apps and drivers know. */
const mapPlace: MapPlace = { ...centre.location, name: centre.name, address: formatAddress(centre.address) }

export default function VisitPage() {
  const messages = useMessages()
  const locale = useLocale()
  const place = centreView(locale)
  const status = useCentreStatus()
  const { schedule } = useUpdates()
  useEntryRedirect()
  useShare({ title: messages.visit.shareTitle, path: '/pages/visit/index' })
  // A page built ahead of time (web prerender) cannot know today's season or which special days are still ahead.
  const prerendering = isPrerendering()
  const specialDays = useMemo(() => (prerendering ? [] : upcomingSpecialDays(status.at, schedule)), [prerendering, status.at, schedule])
  const nativeMap = useMemo(canOpenNativeMap, [])
  const { common, visit, status: statusWords } = messages
  const dateOf = (monthDay: Parameters<typeof monthDayParts>[0]) => {
    const { month, day } = monthDayParts(monthDay)
    return statusWords.monthDay(month, day)
  }
  const navigate = async () => {
    const outcome = await openNativeMap(mapPlace)
    if (outcome === 'failed') showNotice(visit.navigate, `${visit.addressTitle}: ${place.address}`, messages.contact.ok)
  }

  return (
    <PageFrame title={messages.tabs.visit}>
      <Card title={visit.hoursTitle}>
        {centre.schedule.seasons.map((season) => {
          const current = !prerendering && season.id === status.today.season.id
          return (
            <View key={season.id} className={`visit__season${current ? ' visit__season--current' : ''}`}>
              <View className='visit__season-name'>
                <Text>{seasonName(season, locale)}</Text>
                {current ? <Text className='visit__badge'>{visit.current}</Text> : null}
              </View>
              <Text className='visit__season-dates'>
                {visit.seasonRange(dateOf(season.starts), dateOf(seasonEnds(season, centre.schedule.seasons)))}
              </Text>
              <Text className='visit__season-hours'>{common.hours(season.hours.opens, season.hours.closes)}</Text>
            </View>
          )
        })}
        <Text className='visit__note'>
          {common.beijingTime} · {common.assumedNote(visit.seasonDatesNote, place.seasonDatesNote)}
        </Text>
        {specialDays.length > 0 ? (
          <View className='visit__special'>
            <Text className='visit__subtitle'>{visit.specialDaysTitle}</Text>
            {specialDays.map((day) => (
              <Text key={day.date} className='visit__special-day'>
                {day.date} {day.closed ? visit.specialClosed : common.hours(day.hours.opens, day.hours.closes)}{' '}
                {day.note}
              </Text>
            ))}
          </View>
        ) : null}
      </Card>

      <Card title={visit.addressTitle}>
        <AddressLines place={place} className='visit__address' />
        <Text className='visit__note'>{visit.addressHint}</Text>
        {/* TARO_ENV written out (a build-time constant): the web build then drops Taro's map component and the
            gesture library it pulls in (~25 KB gzip) instead of shipping them unused. */}
        {process.env.TARO_ENV === 'weapp' ? (
          <Map
            className='visit__map'
            latitude={centre.location.latitude}
            longitude={centre.location.longitude}
            scale={16}
            onError={() => undefined}
            markers={[
              {
                id: 1,
                latitude: centre.location.latitude,
                longitude: centre.location.longitude,
                title: centre.name,
                iconPath: MARKER_ICON,
                width: 40,
                height: 40,
              },
            ]}
          />
        ) : null}
        {nativeMap ? <ActionButton label={visit.navigate} onClick={navigate} /> : null}
        {isWeapp() && !nativeMap ? <Text className='visit__warning'>{visit.mapUnavailable}</Text> : null}
        {isWeapp() ? null : (
          <a className='visit__web-map' href={webMapUrl(mapPlace)} target='_blank' rel='noopener noreferrer'>
            {visit.openWebMap}
          </a>
        )}
        {centre.location.approximate ? (
          <Text className='visit__note'>
            {common.assumedNote(visit.approximate, place.locationNote)}
          </Text>
        ) : null}
      </Card>

      <Card title={visit.busTitle}>
        <View className='visit__steps' {...semantics({ role: 'list' })}>
          <View className='visit__step' {...semantics({ role: 'listitem' })}>
            <Text>1. {visit.busLine(centre.transit.line)}</Text>
          </View>
          <View className='visit__step' {...semantics({ role: 'listitem' })}>
            <Text>2. {visit.busAlight(place.alightAt)}</Text>
          </View>
          <View className='visit__step' {...semantics({ role: 'listitem' })}>
            <Text>3. {visit.busWalk(centre.transit.walkMetres)}</Text>
          </View>
        </View>
      </Card>
    </PageFrame>
  )
}
