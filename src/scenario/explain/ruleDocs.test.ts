// Every rule the engine can record a decision under points at a Kubernetes documentation page:
// the rule ids are read from the engine's source (the `decide(…)` calls and `rule:` fields of
// verdicts), so a new rule without a page fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { docFor } from './ruleDocs'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return sources(p)
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : []
  })
}

function engineRules(): Set<string> {
  const rules = new Set<string>()
  for (const file of sources('src/sim')) {
    const text = readFileSync(file, 'utf8')
    // decide(ctx, 'controller', object, 'rule', …) — arguments may span lines.
    for (const m of text.matchAll(/decide\(\s*[^,]+,\s*'[^']+',\s*[^,]+?,\s*'([a-z][a-z0-9.-]*)'/g)) rules.add(m[1]!)
    for (const m of text.matchAll(/\brule: '([a-z]+\.[a-z0-9.-]+)'/g)) rules.add(m[1]!)
  }
  return rules
}

describe('rule documentation', () => {
  const rules = engineRules()

  it('finds the engine\'s rules in its source', () => {
    for (const r of ['job.create', 'job.backoff-wait', 'kubelet.crashloop-backoff', 'scheduler.bind', 'job.pod-failure-policy.fail-job']) expect(rules).toContain(r)
  })

  it('points every rule at a kubernetes.io page', () => {
    for (const r of rules) {
      const doc = docFor(r)
      expect(doc, r).not.toBeNull()
      expect(doc!.url, r).toMatch(/^https:\/\/kubernetes\.io\/docs\//)
    }
  })

  it('picks the most specific entry', () => {
    expect(docFor('job.pod-failure-policy.fail-index')?.url).toMatch(/#pod-failure-policy$/)
    expect(docFor('job.per-index-backoff-wait')?.url).toMatch(/#backoff-limit-per-index$/)
    expect(docFor('kubelet.init-order')?.url).toMatch(/init-containers\/$/)
    expect(docFor('kubelet.crashloop-backoff')?.url).toMatch(/#restart-policy$/)
    expect(docFor('job.suspended')?.url).toMatch(/#suspending-a-job$/)
    expect(docFor('jobx.create')).toBeNull()
    expect(docFor('job.createx')).toBeNull()
  })
})
