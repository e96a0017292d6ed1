// `true`: succeeds.
import type { Applet } from '../types'

export const trueApplet: Applet = { name: 'true', run: () => 0 }
