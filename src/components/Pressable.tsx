import { View, type ViewProps } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { isWeapp } from '../platform/env'

interface PressableProps {
  readonly onPress: () => void
  readonly role?: 'button' | 'link'
  /** For toggles: announced as pressed / not pressed. */
  readonly pressed?: boolean
  readonly label?: string
  readonly className?: string
  readonly hoverClass?: string
  /**
   * Web only: the address this control leads to (a page's path, a tel: link). It is then a real link, so it works
   * in the pre-rendered page before the app's script runs, or without it; once the app runs, a click stays in the
   * app (onPress) instead of loading the page. WeChat has no links: there it is ignored.
   */
  readonly href?: string
}

const ACTIVATION_KEYS = new Set(['Enter', ' '])

/**
 * Anything a resident taps. In WeChat a View with a tap handler; in H5 also a focusable control with its role,
 * reachable by keyboard (Enter / Space) and announced by screen readers. Taro's own <Button> renders in H5 as an
 * element without a role that cannot take focus, so we do not use it.
 */
export function Pressable({ onPress, role = 'button', pressed, label, className, hoverClass, href, children }: PropsWithChildren<PressableProps>) {
  // tabIndex and onKeyDown reach the DOM in H5; Taro's View typings list only mini-program attributes.
  const onKeyDown = (event: { key: string; preventDefault: () => void }) => {
    if (!ACTIVATION_KEYS.has(event.key)) return
    event.preventDefault()
    onPress()
  }
  const keyboard = { tabIndex: 0, onKeyDown } as Partial<ViewProps>
  // As text: Taro's web View writes string props as attributes on every update, other values only as properties
  // (under Preact a changed boolean never reached the attribute, so a switch kept announcing its first state).
  const ariaPressed = pressed === undefined ? undefined : pressed ? 'true' : 'false'
  if (href && !isWeapp()) {
    const follow = (event: { preventDefault: () => void }) => {
      event.preventDefault()
      onPress()
    }
    return (
      <a className={`pressable ${className ?? ''}`} href={href} role={role} aria-pressed={ariaPressed} aria-label={label} onClick={follow} onKeyDown={onKeyDown}>
        {children}
      </a>
    )
  }
  return (
    <View
      className={className}
      hoverClass={hoverClass}
      role={role}
      aria-pressed={ariaPressed}
      aria-label={label}
      onClick={onPress}
      {...keyboard}
    >
      {children}
    </View>
  )
}
