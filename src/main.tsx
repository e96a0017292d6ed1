import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { isEmbedAddress } from './share/embedAddress'
import { App } from './ui/app/App'
import { startPlayground } from './ui/app/bootstrap'
import { EmbedApp } from './ui/embed/EmbedApp'
import { startEmbed } from './ui/embed/startEmbed'
import './ui/app/app.css'

const root = createRoot(document.getElementById('root')!)

// `?embed=1`: the same app with less chrome and the postMessage bridge (docs/EMBED.md).
if (isEmbedAddress(window.location.href)) {
  const embed = startEmbed()
  root.render(
    <StrictMode>
      <EmbedApp layout={embed.layout} onHeight={embed.bridge.reportHeight} />
    </StrictMode>,
  )
} else {
  startPlayground()
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
