// Compare links hold two scenarios in one URL fragment: `#c=1.<payloadA>.<payloadB>`, each
// payload exactly what a share link (`#s=1.<payload>`) carries, so both go through the one codec
// and its checks. Decoding never throws: a damaged link gives a reason the page can show, naming
// the side that is damaged.
import { decodeScenarioFragment, encodeScenarioFragment, LINK_VERSION, type LinkErrorCode, type SharedScenario } from './scenarioLink'

export type DecodedPair =
  | { ok: true; a: SharedScenario; b: SharedScenario }
  | { ok: false; code: LinkErrorCode; reason: string }

const payloadOf = (s: SharedScenario) => encodeScenarioFragment(s).slice(`#s=${LINK_VERSION}.`.length)

export const isCompareFragment = (fragment: string) => /^#?c=/.test(fragment)

export function encodeCompareFragment(a: SharedScenario, b: SharedScenario): string {
  return `#c=${LINK_VERSION}.${payloadOf(a)}.${payloadOf(b)}`
}

export function decodeCompareFragment(fragment: string): DecodedPair {
  const m = /^#?c=(\d+)\.([^.]*)\.([^.]*)$/.exec(fragment)
  if (!m) return { ok: false, code: 'no-scenario', reason: 'The link does not hold two scenarios to compare.' }
  if (Number(m[1]) !== LINK_VERSION) return { ok: false, code: 'newer-version', reason: `The link was made by a newer playground (format ${m[1]}).` }
  if (![m[2], m[3]].every((p) => /^[A-Za-z0-9_-]*$/.test(p!))) {
    return { ok: false, code: 'bad-characters', reason: 'The link is damaged: it has characters a compare link never has.' }
  }
  const a = decodeScenarioFragment(`#s=${LINK_VERSION}.${m[2]}`)
  if (!a.ok) return { ok: false, code: a.code, reason: `Scenario A: ${a.reason}` }
  const b = decodeScenarioFragment(`#s=${LINK_VERSION}.${m[3]}`)
  if (!b.ok) return { ok: false, code: b.code, reason: `Scenario B: ${b.reason}` }
  return { ok: true, a: a.scenario, b: b.scenario }
}
