// Starts the page in embed mode (`?embed=1`): the same store, actions and automation API as the
// full page, plus the postMessage bridge. Storage is already in-memory here (persistence.ts reads
// the same address), so lesson progress and autosave never touch the learner's localStorage.
import { parsePageOptions, type PageOptions } from '../../share/pageOptions'
import { parentOriginOf, postTargets } from '../../share/embedOrigins'
import { lessonActions, watchProgress } from '../../state/lesson'
import { browserStorage } from '../../state/persistence'
import { appStore } from '../../state/store'
import { installPageApi } from '../app/pageApi'
import { useTheme } from '../app/theme'
import { startBridge, type Bridge } from './bridge'
import { embedLayout, type EmbedLayout } from './embedLayout'
import { runLoad } from './loadCommand'

export interface EmbedPage {
  options: PageOptions
  layout: EmbedLayout
  bridge: Bridge
}

/** `theme=`: light or dark as asked; auto follows the host system, not the full page's saved choice. */
function applyThemeOption(theme: PageOptions['theme']) {
  const dark = theme === 'dark' || (theme === 'auto' && typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches)
  useTheme.setState({ theme: dark ? 'dark' : 'light' })
}

export function startEmbed(href: string = window.location.href): EmbedPage {
  const { options } = parsePageOptions(href)
  const layout = embedLayout(options)
  installPageApi()
  watchProgress(appStore, browserStorage())
  applyThemeOption(options.theme)
  // Lets embed.css size the document to its content instead of the viewport.
  document.documentElement.dataset.embed = options.frame
  if (options.speed !== undefined) appStore.getState().setSpeed(options.speed)
  for (const w of layout.warnings) appStore.getState().addNotice(w)

  const receiver = { frame: options.frame, ownOrigin: window.location.origin, allowedOrigins: options.origins }
  const framed = window.parent !== window
  const bridge = startBridge({
    receiver,
    targets: postTargets(parentOriginOf(window.location.ancestorOrigins, document.referrer), receiver),
    parent: framed ? window.parent : null,
    listen: (handler) => {
      window.addEventListener('message', handler)
      return () => window.removeEventListener('message', handler)
    },
    store: appStore,
    load: runLoad,
  })

  // openFromUrl reports the option warnings and any damaged link as notices; the bridge forwards
  // those to the host as `error`s right after `ready`.
  void lessonActions.openFromUrl(href).then(() => {
    bridge.announce()
    if (options.autoplay) appStore.getState().play()
  })
  return { options, layout, bridge }
}
