/**
 * Test doubles for @tarojs/components: plain DOM elements with the same props, so component tests exercise our
 * markup and handlers in jsdom. Real components are checked in the weapp simulator and Chromium suites.
 */
import { createElement, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode }

/** Props that only mean something to WeChat's components. */
const MINI_PROGRAM_ONLY = ['hoverClass', 'userSelect', 'confirmType', 'scale', 'markers', 'latitude', 'longitude']

/** WeChat's name for the role (weapp builds); React DOM warns on aria-* names it does not know, so it is kept as data-. */
const WECHAT_ROLE = 'aria-role'

function domProps(props: Props): Props {
  const rest: Props = { ...props }
  for (const key of MINI_PROGRAM_ONLY) delete rest[key]
  if (WECHAT_ROLE in rest) {
    rest[`data-${WECHAT_ROLE}`] = rest[WECHAT_ROLE]
    delete rest[WECHAT_ROLE]
  }
  return rest
}

const element = (tag: string) =>
  function TaroDouble(props: Props) {
    return createElement(tag, domProps(props))
  }

export const View = element('div')
export const Text = element('span')
export const Button = element('button')

export function Input(props: Props) {
  const onInput = props.onInput as ((event: { detail: { value: string } }) => void) | undefined
  return createElement('input', {
    ...domProps(props),
    onInput: undefined,
    onChange: (event: { target: { value: string } }) => onInput?.({ detail: { value: event.target.value } }),
  })
}

export function Map(props: Props) {
  return createElement('div', { 'data-testid': 'map', 'data-latitude': props.latitude, 'data-longitude': props.longitude })
}
