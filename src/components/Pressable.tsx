import { View, type ViewProps } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { semantics, type Semantics } from './semantics'

/** A control is a button (the default) or a link; a toggle button has `pressed`; `label` when not its text. */
type ControlSemantics = Pick<Semantics, 'label' | 'pressed'> & { readonly role?: 'button' | 'link' }

interface PressableProps {
  readonly onPress: () => void
  /**
   * One object rather than separate props: Taro's Preact adapter copies a component's `false` props onto its
   * first element, and a toggle's `pressed: false` would travel to WeChat's view layer as an unbound key.
   */
  readonly semantics?: ControlSemantics
  readonly className?: string
  readonly hoverClass?: string
  /**
   * Web only: the address this control leads to (a page's path, a tel: link). It is then a real link, so it works
   * in the pre-rendered page before the app's script runs, or without it; once the app runs, a click stays in the
   * app (onPress) instead of loading the page. WeChat has no links: there it is ignored.
   */
  readonly href?: string
}

const isActivationKey = (key: string) => key === 'Enter' || key === ' '

/**
 * Anything a resident taps: a View with a tap handler and its role, name and state for screen readers (WeChat's
 * aria-* in the weapp). In H5 also focusable and activated by Enter / Space, or a real link when it has an
 * address; the weapp build leaves all that out, as WeChat has no keyboard focus and would only receive unused
 * data. Taro's own <Button> renders in H5 as an element without a role that cannot take focus, so we do not use it.
 */
export function Pressable({ onPress, semantics: control = {}, className, hoverClass, href, children }: PropsWithChildren<PressableProps>) {
  const aria = semantics({ role: 'button', ...control })
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <View className={className} hoverClass={hoverClass} onClick={onPress} {...aria}>
        {children}
      </View>
    )
  }
  const onKeyDown = (event: { key: string; preventDefault: () => void }) => {
    if (!isActivationKey(event.key)) return
    event.preventDefault()
    onPress()
  }
  if (href) {
    const follow = (event: { preventDefault: () => void }) => {
      event.preventDefault()
      onPress()
    }
    return (
      <a className={`pressable ${className ?? ''}`} href={href} {...aria} onClick={follow} onKeyDown={onKeyDown}>
        {children}
      </a>
    )
  }
  // tabIndex and onKeyDown reach the DOM in H5; Taro's View typings list only mini-program attributes.
  const keyboard = { tabIndex: 0, onKeyDown } as Partial<ViewProps>
  return (
    <View className={className} hoverClass={hoverClass} onClick={onPress} {...aria} {...keyboard}>
      {children}
    </View>
  )
}
