import type { PropsWithChildren } from 'react'
import { cancelScriptLinks } from './platform/document'
import { PreferencesProvider } from './state/preferences'
import { UpdatesProvider } from './state/updates'
import './app.scss'

cancelScriptLinks()

function App({ children }: PropsWithChildren) {
  return (
    <PreferencesProvider>
      <UpdatesProvider>{children}</UpdatesProvider>
    </PreferencesProvider>
  )
}

export default App
