import type { PropsWithChildren } from 'react'
import { PreferencesProvider } from './state/preferences'
import './app.scss'

function App({ children }: PropsWithChildren) {
  return <PreferencesProvider>{children}</PreferencesProvider>
}

export default App
