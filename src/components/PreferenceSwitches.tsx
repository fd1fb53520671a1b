import { View, Text } from '@tarojs/components'
import { LOCALES } from '../domain/preferences'
import { useMessages } from '../i18n'
import { LANGUAGE_NAMES } from '../i18n/messages'
import { usePreferences } from '../state/preferences'
import { Pressable } from './Pressable'
import './PreferenceSwitches.scss'

/** 中文 / ئۇيغۇرچە and 大字: each language named in its own script, so anyone can find theirs. */
export function PreferenceSwitches() {
  const { locale, largeText, setLocale, setLargeText } = usePreferences()
  const { prefs } = useMessages()
  return (
    <View className='prefs'>
      <View className='prefs__group' role='group' aria-label={prefs.language}>
        {LOCALES.map((option) => (
          <Pressable
            key={option}
            className={`prefs__option${option === locale ? ' prefs__option--on' : ''}`}
            pressed={option === locale}
            onPress={() => setLocale(option)}
          >
            <Text>{LANGUAGE_NAMES[option]}</Text>
          </Pressable>
        ))}
      </View>
      <Pressable
        className={`prefs__option prefs__large${largeText ? ' prefs__option--on' : ''}`}
        pressed={largeText}
        onPress={() => setLargeText(!largeText)}
      >
        <Text>
          {largeText ? '✓ ' : ''}
          {prefs.largeText}
        </Text>
      </Pressable>
    </View>
  )
}
