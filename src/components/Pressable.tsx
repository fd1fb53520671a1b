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
}

/**
 * Anything a resident taps: a View with a tap handler and its role, name and state for screen readers (WeChat's
 * aria-* in the weapp). In H5 also focusable and activated by Enter / Space; the weapp build leaves that out, as
 * WeChat has no keyboard focus and would only receive unused data. Taro's own <Button> renders in H5 as an
 * element without a role that cannot take focus, so we do not use it.
 */
export function Pressable({ onPress, semantics: control = {}, className, hoverClass, children }: PropsWithChildren<PressableProps>) {
  // tabIndex and onKeyDown reach the DOM in H5; Taro's View typings list only mini-program attributes.
  const keyboard =
    process.env.TARO_ENV === 'weapp'
      ? {}
      : ({
          tabIndex: 0,
          onKeyDown: (event: { key: string; preventDefault: () => void }) => {
            if (event.key !== 'Enter' && event.key !== ' ') return
            event.preventDefault()
            onPress()
          },
        } as Partial<ViewProps>)
  return (
    <View className={className} hoverClass={hoverClass} onClick={onPress} {...semantics({ role: 'button', ...control })} {...keyboard}>
      {children}
    </View>
  )
}
