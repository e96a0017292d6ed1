// Loads heavy extras after the first run is on screen and the browser has a moment to spare:
// `lazy(() => afterFirstPaint().then(() => import('…')))`. Before this, Monaco's 4 MB chunk
// started downloading and compiling during the first render and pushed the timeline's first
// paint back by half a second on a two-core machine (`npm run bench:paint`).
import { whenFirstDrawn } from '../../state/firstDraw'
import { appStore } from '../../state/store'

const idle = () => new Promise<void>((resolve) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 300 })
  else setTimeout(resolve, 0)
})

let ready: Promise<void> | null = null

export function afterFirstPaint(): Promise<void> {
  ready ??= whenFirstDrawn(appStore).then(idle)
  return ready
}
