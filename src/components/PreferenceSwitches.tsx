import { View, Text } from '@tarojs/components'
import { LOCALES } from '../domain/preferences'
import { useMessages } from '../i18n'
import { LANGUAGE_NAMES } from '../i18n/messages'
import { usePreferences } from '../state/preferences'
import { Pressable } from './Pressable'
import { semantics } from './semantics'
import './PreferenceSwitches.scss'

/** 中文 / ئۇيغۇرچە and 大字: each language named in its own script, so anyone can find theirs. */
export function PreferenceSwitches() {
  const { locale, largeText, setLocale, setLargeText } = usePreferences()
  const { prefs } = useMessages()
  return (
    <View className='prefs'>
      <View className='prefs__group' {...semantics({ role: 'group', label: prefs.language })}>
        {LOCALES.map((option) => (
          <Pressable
            key={option}
            className={`prefs__option${option === locale ? ' prefs__option--on' : ''}`}
            semantics={{ pressed: option === locale }}
            onPress={() => setLocale(option)}
          >
            <Text>{LANGUAGE_NAMES[option]}</Text>
          </Pressable>
        ))}
      </View>
      <Pressable
        className={`prefs__option prefs__large${largeText ? ' prefs__option--on' : ''}`}
        semantics={{ pressed: largeText }}
        onPress={() => setLargeText(!largeText)}
      >
        {/* The tick shows the state; screen readers hear it as "pressed". */}
        {largeText ? <Text {...semantics({ hidden: true })}>✓ </Text> : null}
        <Text>{prefs.largeText}</Text>
      </Pressable>
    </View>
  )
}
