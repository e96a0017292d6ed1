// `false`: fails with status 1 (the backoffLimit lab's container command).
import type { Applet } from '../types'

export const falseApplet: Applet = { name: 'false', run: () => 1 }
