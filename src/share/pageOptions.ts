// The page's query options (DESIGN §4.3, docs/EMBED.md): which lesson, embed mode and its
// presentation. A pure function of the URL text: anything unknown or malformed becomes a warning
// the page can show, and the option falls back to its default — a link never breaks the page.
import { lessonById } from '../scenario/lessons'
import { FALSE_FLAGS as FALSE, TRUE_FLAGS as TRUE } from './embedAddress'

export const PANES = ['editor', 'timeline', 'observer', 'console'] as const
export type Pane = (typeof PANES)[number]
export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]

export const MIN_SPEED = 1
export const MAX_SPEED = 1000
/** Frame id when `frame=` is absent; a page with several embeds must name each one. */
export const DEFAULT_FRAME = 'default'

export interface PageOptions {
  /** A known lesson id from `lesson=`. */
  lesson?: string
  /** The `#s=…` fragment (or a compare link's `#c=…`), untouched; decode it with
   * decodeScenarioFragment (decodeCompareFragment). It wins over `lesson`
   * for the scenario's content (a shared, modified lesson keeps its lesson id for the text). */
  fragment?: string
  embed: boolean
  /** Panes to show, in the order given; undefined = the mode's default. */
  view?: Pane[]
  readonly: boolean
  autoplay: boolean
  /** Simulated seconds per wall second; undefined = the page's default. */
  speed?: number
  theme: Theme
  /** Scopes postMessage traffic to this embed. */
  frame: string
  /** Host origins allowed to command this frame besides its own (`origin=`, repeatable or comma-separated). */
  origins: string[]
}

export interface ParsedPageOptions {
  options: PageOptions
  warnings: string[]
}

const KNOWN = new Set(['lesson', 'embed', 'view', 'readonly', 'autoplay', 'speed', 'theme', 'frame', 'origin'])

/** `https://a.example`, `a.example:8080` → an origin, or null. */
export function toOrigin(text: string): string | null {
  const t = text.trim()
  if (!t) return null
  try {
    const u = new URL(t.includes('://') ? t : `https://${t}`)
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null
    return u.origin
  } catch {
    return null
  }
}

export function parsePageOptions(url: string): ParsedPageOptions {
  const warnings: string[] = []
  const options: PageOptions = { embed: false, readonly: false, autoplay: false, theme: 'auto', frame: DEFAULT_FRAME, origins: [] }
  let u: URL
  try {
    u = new URL(url, 'http://localhost/')
  } catch {
    return { options, warnings: ['The page address could not be read; using the defaults.'] }
  }
  const q = u.searchParams
  const flag = (name: 'embed' | 'readonly' | 'autoplay') => {
    const v = q.get(name)
    if (v === null) return
    const low = v.toLowerCase()
    if (TRUE.has(low)) options[name] = true
    else if (!FALSE.has(low)) warnings.push(`${name}=${v} is not 1 or 0; ignored.`)
  }
  for (const key of new Set(q.keys())) if (!KNOWN.has(key)) warnings.push(`Unknown option ${key}= ignored.`)

  const lesson = q.get('lesson')
  if (lesson !== null) {
    if (lessonById(lesson)) options.lesson = lesson
    else warnings.push(`There is no lesson "${lesson.slice(0, 60)}"; opening the first lesson.`)
  }
  if (u.hash.startsWith('#s=') || u.hash.startsWith('#c=')) options.fragment = u.hash

  flag('embed')
  flag('readonly')
  flag('autoplay')

  const view = q.get('view')
  if (view !== null) {
    const panes: Pane[] = []
    for (const name of view.split(',').map((s) => s.trim()).filter(Boolean)) {
      const p = PANES.find((x) => x === name)
      if (!p) warnings.push(`view: unknown pane "${name.slice(0, 30)}" ignored (panes: ${PANES.join(', ')}).`)
      else if (!panes.includes(p)) panes.push(p)
    }
    if (panes.length > 0) options.view = panes
    else warnings.push('view= names no known pane; showing the default panes.')
  }

  const speed = q.get('speed')
  if (speed !== null) {
    const n = Number(speed)
    if (speed.trim() === '' || !Number.isFinite(n)) warnings.push(`speed=${speed.slice(0, 30)} is not a number; ignored.`)
    else if (n < MIN_SPEED || n > MAX_SPEED) {
      options.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, n))
      warnings.push(`speed=${speed} is outside ${MIN_SPEED}–${MAX_SPEED}; using ${options.speed}.`)
    } else options.speed = n
  }

  const theme = q.get('theme')
  if (theme !== null) {
    const th = THEMES.find((x) => x === theme)
    if (th) options.theme = th
    else warnings.push(`theme=${theme.slice(0, 30)} is not light, dark or auto; ignored.`)
  }

  const frame = q.get('frame')
  if (frame !== null) {
    if (/^[A-Za-z0-9_.:-]{1,64}$/.test(frame)) options.frame = frame
    else warnings.push('frame= must be 1–64 letters, digits, or . _ : -; ignored.')
  }

  for (const raw of q.getAll('origin').flatMap((v) => v.split(','))) {
    if (!raw.trim()) continue
    const o = toOrigin(raw)
    if (o) {
      if (!options.origins.includes(o)) options.origins.push(o)
    } else warnings.push(`origin=${raw.slice(0, 60)} is not an http(s) origin; ignored.`)
  }

  if (!options.embed) {
    for (const k of ['frame', 'origin'] as const) {
      if (q.has(k)) warnings.push(`${k}= only applies with embed=1.`)
    }
  }
  return { options, warnings }
}
