import type { PropsWithChildren } from 'react'
import { supportNodeContains } from './platform/dom'
import { PreferencesProvider } from './state/preferences'
import './app.scss'

if (process.env.TARO_ENV === 'weapp') supportNodeContains()

function App({ children }: PropsWithChildren) {
  return <PreferencesProvider>{children}</PreferencesProvider>
}

export default App
