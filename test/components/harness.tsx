/** Shared set-up for page tests: a fixed Beijing instant, router params, the Taro double and the updates file. */
import { act, render } from '@testing-library/react'
import type { ComponentType } from 'react'
import { PreferencesProvider } from '../../src/state/preferences'
import { UpdatesProvider } from '../../src/state/updates'
import Taro, { resetTaroDouble, setPageStackDepth, setRouterParams, useDidShow } from '../doubles/taro'
import { bj } from '../domain/beijing-time'

export { Taro }

/** The build-time updates URL the tests configure (src/platform/env.ts; H5 fetches its path). */
export const UPDATES_URL = 'https://xizhan.example/live/updates.json'

export interface PageSetup {
  /** Beijing wall-clock time, 'YYYY-MM-DD HH:mm'. */
  readonly at?: string
  readonly params?: Record<string, string | undefined>
  /** Pages below this one in the stack; 1 = opened straight from a QR code. */
  readonly stackDepth?: number
  /** Keep storage from the previous render, as a relaunch would (the calls recorded so far are forgotten). */
  readonly keepStorage?: boolean
  /**
   * The published updates file: an object (sent as JSON) or the raw text the server answers with. Given, the app is
   * built with an updates URL; absent, with none.
   */
  readonly updatesFile?: object | string
  /** Built with an updates URL, but the phone is offline: every request fails. */
  readonly offline?: boolean
}

export function renderPage(Page: ComponentType, setup: PageSetup = {}) {
  if (setup.keepStorage) jest.clearAllMocks()
  else resetTaroDouble()
  jest.useFakeTimers({ now: bj(setup.at ?? '2026-07-15 15:00') })
  setRouterParams(setup.params ?? {})
  setPageStackDepth(setup.stackDepth ?? 2)
  if (setup.offline) {
    process.env.UPDATES_URL = UPDATES_URL
    Taro.request.mockRejectedValue({ errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED' })
  } else if (setup.updatesFile !== undefined) {
    process.env.UPDATES_URL = UPDATES_URL
    const data = typeof setup.updatesFile === 'string' ? setup.updatesFile : JSON.stringify(setup.updatesFile)
    Taro.request.mockResolvedValue({ statusCode: 200, data, errMsg: 'request:ok' })
  } else delete process.env.UPDATES_URL
  return render(
    <PreferencesProvider>
      <UpdatesProvider>
        <Page />
      </UpdatesProvider>
    </PreferencesProvider>,
  )
}

/** Lets pending promise callbacks (platform outcomes) run, without moving the clock. */
export async function settle(): Promise<void> {
  await act(async () => undefined)
}

/** The app comes back to the foreground: every show callback registered so far runs (app and page). */
export async function showAgain(): Promise<void> {
  const callbacks = useDidShow.mock.calls.map(([callback]) => callback as () => void)
  await act(async () => callbacks.forEach((callback) => callback()))
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
