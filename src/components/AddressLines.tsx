import { View, Text } from '@tarojs/components'
import type { CentreView } from '../i18n/facts'

interface AddressLinesProps {
  readonly place: CentreView
  readonly className?: string
}

/** The address as selectable text (long-press copies it), with the Chinese address under a translated one. */
export function AddressLines({ place, className }: AddressLinesProps) {
  return (
    <View className={className}>
      <Text userSelect>{place.address}</Text>
      {place.addressZh ? (
        <View>
          <Text userSelect>{place.addressZh}</Text>
        </View>
      ) : null}
    </View>
  )
}
