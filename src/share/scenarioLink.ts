// Share links carry the learner's inputs in the URL fragment (DESIGN §4.3): `#s=1.<payload>`,
// where the payload is the JSON of the inputs, raw-deflated and base64url-encoded. Decoding
// never throws: a damaged link gives a reason the page can show.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import { MAX_NODES } from '../scenario/limits'
import { decodeBase64url, encodeBase64url } from './base64url'

export const LINK_VERSION = 1

/** What a link carries: only inputs, never simulation output. */
export interface SharedScenario {
  files: Record<string, string>
  steps: { at: string; run: string }[]
  seed: number
  playhead?: number
  selectedPod?: string
  /** ISO wall clock at t = 0, when the scenario sets one (it changes what `date` prints). */
  startTime?: string
  /** Nodes in the cluster, when the scenario asks for more than one. */
  nodes?: number
}

/** Why a fragment was refused, for code; `reason` is the sentence for people. */
export type LinkErrorCode = 'no-scenario' | 'newer-version' | 'bad-characters' | 'cannot-unpack' | 'invalid'

export type Decoded = { ok: true; scenario: SharedScenario } | { ok: false; code: LinkErrorCode; reason: string }

export function encodeScenarioFragment(s: SharedScenario): string {
  const bytes = deflateSync(strToU8(JSON.stringify(s)), { level: 9 })
  return `#s=${LINK_VERSION}.${encodeBase64url(bytes)}`
}

export function decodeScenarioFragment(fragment: string): Decoded {
  const m = /^#?s=(\d+)\.([A-Za-z0-9_-]*)$/.exec(fragment)
  if (!m) return { ok: false, code: 'no-scenario', reason: 'The link does not hold a scenario.' }
  if (Number(m[1]) !== LINK_VERSION) return { ok: false, code: 'newer-version', reason: `The link was made by a newer playground (format ${m[1]}).` }
  const bytes = decodeBase64url(m[2]!)
  if (!bytes) return { ok: false, code: 'bad-characters', reason: 'The link is damaged: it has characters a scenario link never has.' }
  let json: unknown
  try {
    json = JSON.parse(strFromU8(inflateSync(bytes)))
  } catch {
    return { ok: false, code: 'cannot-unpack', reason: 'The link is damaged or cut short: its scenario cannot be unpacked.' }
  }
  return validate(json)
}

function validate(v: unknown): Decoded {
  const bad = (what: string): Decoded => ({ ok: false, code: 'invalid', reason: `The link's scenario is not valid: ${what}.` })
  if (!v || typeof v !== 'object') return bad('not an object')
  const o = v as Record<string, unknown>
  if (!o.files || typeof o.files !== 'object' || Array.isArray(o.files)) return bad('no files')
  const files: Record<string, string> = {}
  for (const [name, text] of Object.entries(o.files)) {
    if (typeof text !== 'string') return bad(`file ${name} is not text`)
    files[name] = text
  }
  if (!Array.isArray(o.steps)) return bad('no steps')
  const steps: SharedScenario['steps'] = []
  for (const s of o.steps) {
    if (!s || typeof s !== 'object' || typeof s.at !== 'string' || typeof s.run !== 'string') return bad('a step is not {at, run}')
    steps.push({ at: s.at, run: s.run })
  }
  if (typeof o.seed !== 'number' || !Number.isSafeInteger(o.seed)) return bad('the seed is not an integer')
  const out: SharedScenario = { files, steps, seed: o.seed }
  if (typeof o.playhead === 'number' && Number.isFinite(o.playhead)) out.playhead = o.playhead
  if (typeof o.selectedPod === 'string') out.selectedPod = o.selectedPod
  if (typeof o.startTime === 'string' && !Number.isNaN(Date.parse(o.startTime))) out.startTime = o.startTime
  if (o.nodes !== undefined) {
    if (typeof o.nodes !== 'number' || !Number.isInteger(o.nodes) || o.nodes < 1 || o.nodes > MAX_NODES) return bad(`the number of nodes is not 1 to ${MAX_NODES}`)
    out.nodes = o.nodes
  }
  return { ok: true, scenario: out }
}
