import type { PropsWithChildren } from 'react'
import { PreferencesProvider } from './state/preferences'
import { UpdatesProvider } from './state/updates'
import './app.scss'

function App({ children }: PropsWithChildren) {
  return (
    <PreferencesProvider>
      <UpdatesProvider>{children}</UpdatesProvider>
    </PreferencesProvider>
  )
}

export default App
