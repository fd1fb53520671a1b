import { View, type ViewProps } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

interface PressableProps {
  readonly onPress: () => void
  readonly role?: 'button' | 'link'
  /** For toggles: announced as pressed / not pressed. */
  readonly pressed?: boolean
  readonly label?: string
  readonly className?: string
  readonly hoverClass?: string
}

const ACTIVATION_KEYS = new Set(['Enter', ' '])

/**
 * Anything a resident taps. In WeChat a View with a tap handler; in H5 also a focusable control with its role,
 * reachable by keyboard (Enter / Space) and announced by screen readers. Taro's own <Button> renders in H5 as an
 * element without a role that cannot take focus, so we do not use it.
 */
export function Pressable({ onPress, role = 'button', pressed, label, className, hoverClass, children }: PropsWithChildren<PressableProps>) {
  // tabIndex and onKeyDown reach the DOM in H5; Taro's View typings list only mini-program attributes.
  const keyboard = {
    tabIndex: 0,
    onKeyDown: (event: { key: string; preventDefault: () => void }) => {
      if (!ACTIVATION_KEYS.has(event.key)) return
      event.preventDefault()
      onPress()
    },
  } as Partial<ViewProps>
  return (
    <View
      className={className}
      hoverClass={hoverClass}
      role={role}
      aria-pressed={pressed}
      aria-label={label}
      onClick={onPress}
      {...keyboard}
    >
      {children}
    </View>
  )
}
