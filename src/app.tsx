import type { PropsWithChildren } from 'react'
import { cancelScriptLinks } from './platform/document'
import { supportNodeContains } from './platform/dom'
import { PreferencesProvider } from './state/preferences'
import { UpdatesProvider } from './state/updates'
import './app.scss'

cancelScriptLinks()
if (process.env.TARO_ENV === 'weapp') supportNodeContains()

function App({ children }: PropsWithChildren) {
  return (
    <PreferencesProvider>
      <UpdatesProvider>{children}</UpdatesProvider>
    </PreferencesProvider>
  )
}

export default App
