/** Shared set-up for page tests: a fixed Beijing instant, router params, and the Taro double. */
import { act, render } from '@testing-library/react'
import type { ComponentType } from 'react'
import { PreferencesProvider } from '../../src/state/preferences'
import Taro, { resetTaroDouble, setPageStackDepth, setRouterParams } from '../doubles/taro'
import { bj } from '../domain/beijing-time'

export { Taro }

export interface PageSetup {
  /** Beijing wall-clock time, 'YYYY-MM-DD HH:mm'. */
  readonly at?: string
  readonly params?: Record<string, string | undefined>
  /** Pages below this one in the stack; 1 = opened straight from a QR code. */
  readonly stackDepth?: number
  /** Keep storage from the previous render, as a relaunch would. */
  readonly keepStorage?: boolean
}

export function renderPage(Page: ComponentType, setup: PageSetup = {}) {
  if (!setup.keepStorage) resetTaroDouble()
  jest.useFakeTimers({ now: bj(setup.at ?? '2026-07-15 15:00') })
  setRouterParams(setup.params ?? {})
  setPageStackDepth(setup.stackDepth ?? 2)
  return render(
    <PreferencesProvider>
      <Page />
    </PreferencesProvider>,
  )
}

/** Lets pending promise callbacks (platform outcomes) run, without moving the clock. */
export async function settle(): Promise<void> {
  await act(async () => undefined)
}

/**
 * A control as the weapp build marks it: WeChat's `aria-role` (TARO_ENV=weapp; data-aria-role in the component
 * doubles), which jsdom's role queries do not know. `name`: its exact text.
 */
export function queryWeappControl(role: string, name: string): HTMLElement | null {
  const controls = Array.from(document.querySelectorAll<HTMLElement>(`[data-aria-role="${role}"]`))
  return controls.find((el) => (el.textContent ?? '').trim() === name) ?? null
}

export function getWeappControl(role: string, name: string): HTMLElement {
  const control = queryWeappControl(role, name)
  if (!control) throw new Error(`no [data-aria-role="${role}"] "${name}" in:\n${document.body.innerHTML.slice(0, 2000)}`)
  return control
}
