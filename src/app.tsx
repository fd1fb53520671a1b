import type { PropsWithChildren } from 'react'
import { cancelScriptLinks } from './platform/document'
import { PreferencesProvider } from './state/preferences'
import './app.scss'

cancelScriptLinks()

function App({ children }: PropsWithChildren) {
  return <PreferencesProvider>{children}</PreferencesProvider>
}

export default App
