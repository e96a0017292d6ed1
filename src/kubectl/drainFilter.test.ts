// kubectl `pkg/drain/filters.go` (v1.34): which pods a drain removes, and its texts. Error lines
// are `cannot delete <fatal>: ns/a, ns/b`, as a real 1.34 drain prints them, e.g.
// `cannot delete Pods that declare no controller (use --force to override): default/cargo-2` and
// `cannot delete Pods with local storage (use --delete-emptydir-data to override): default/pantry`.
import { describe, expect, it } from 'vitest'
import type { Pod } from '../sim/api/types'
import { aggregate, goDurationString, podsForDeletion } from './drainFilter'

function pod(name: string, o: { daemon?: boolean; owned?: boolean; emptyDir?: boolean; phase?: Pod['status']['phase']; deletedAt?: number } = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: 'default', uid: name, resourceVersion: '1', creationTimestamp: 0,
      ...(o.daemon ? { namespace: 'kube-system', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'kindnet', uid: 'd', controller: true }] } : {}),
      ...(o.owned ? { ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'j', uid: 'j', controller: true, blockOwnerDeletion: true }] } : {}),
      ...(o.deletedAt !== undefined ? { deletionTimestamp: o.deletedAt } : {}),
    },
    spec: { containers: [], ...(o.emptyDir ? { volumes: [{ name: 'scratch', emptyDir: {} }] } : {}) },
    status: { phase: o.phase ?? 'Running' },
  }
}

const opts = { force: false, deleteEmptyDirData: false, ignoreDaemonSets: false, daemonSetExists: () => true, skipWaitForDeleteTimeoutSeconds: 0, now: 100_000 }

describe('drain pod filters', () => {
  it('takes pods with a controller, and finished pods whatever they are', () => {
    const r = podsForDeletion([pod('a', { owned: true }), pod('done', { phase: 'Succeeded' }), pod('gone', { phase: 'Failed', emptyDir: true })], opts)
    expect(r.pods.map((p) => p.metadata.name)).toEqual(['a', 'done', 'gone'])
    expect(r).toMatchObject({ warnings: '', errors: [] })
  })

  it('refuses pods without a controller unless --force, which warns instead', () => {
    const list = [pod('bare'), pod('bare2'), pod('a', { owned: true })]
    expect(podsForDeletion(list, opts)).toMatchObject({ errors: ['cannot delete Pods that declare no controller (use --force to override): default/bare, default/bare2'] })
    const forced = podsForDeletion(list, { ...opts, force: true })
    expect(forced.pods.map((p) => p.metadata.name)).toEqual(['bare', 'bare2', 'a'])
    expect(forced.warnings).toBe('deleting Pods that declare no controller: default/bare, default/bare2')
  })

  it('refuses running pods with an emptyDir unless --delete-emptydir-data', () => {
    expect(podsForDeletion([pod('e', { owned: true, emptyDir: true })], opts).errors).toEqual(['cannot delete Pods with local storage (use --delete-emptydir-data to override): default/e'])
    const ok = podsForDeletion([pod('e', { owned: true, emptyDir: true })], { ...opts, deleteEmptyDirData: true })
    expect(ok).toMatchObject({ warnings: 'deleting Pods with local storage: default/e', errors: [] })
  })

  it('refuses DaemonSet pods unless --ignore-daemonsets, which leaves them with a warning', () => {
    const list = [pod('a', { owned: true }), pod('kindnet-x', { daemon: true })]
    expect(podsForDeletion(list, opts).errors).toEqual(['cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kindnet-x'])
    const ok = podsForDeletion(list, { ...opts, ignoreDaemonSets: true })
    expect(ok.pods.map((p) => p.metadata.name)).toEqual(['a'])
    expect(ok).toMatchObject({ warnings: 'ignoring DaemonSet-managed Pods: kube-system/kindnet-x', errors: [] })
    // A finished DaemonSet pod goes like any other.
    expect(podsForDeletion([pod('kindnet-y', { daemon: true, phase: 'Failed' })], opts).pods).toHaveLength(1)
  })

  it('names a missing DaemonSet with the NotFound text; --force removes the orphan with it as a warning', () => {
    const gone = { ...opts, daemonSetExists: () => false }
    expect(podsForDeletion([pod('kindnet-x', { daemon: true })], gone).errors).toEqual(['cannot delete daemonsets.apps "kindnet" not found: kube-system/kindnet-x'])
    const forced = podsForDeletion([pod('kindnet-x', { daemon: true })], { ...gone, force: true })
    expect(forced).toMatchObject({ warnings: 'daemonsets.apps "kindnet" not found: kube-system/kindnet-x', errors: [] })
    expect(forced.pods).toHaveLength(1)
  })

  it('skips pods deleted longer ago than --skip-wait-for-delete-timeout', () => {
    const r = podsForDeletion([pod('old', { owned: true, deletedAt: 10_000 }), pod('new', { owned: true, deletedAt: 95_000 })], { ...opts, skipWaitForDeleteTimeoutSeconds: 30 })
    expect(r.pods.map((p) => p.metadata.name)).toEqual(['new'])
  })

  it('aggregates errors as utilerrors does and prints durations as Go does', () => {
    expect(aggregate(['a'])).toBe('a')
    expect(aggregate(['a', 'b'])).toBe('[a, b]')
    expect([500, 10_000, 60_000, 90_000, 1500, 3_600_000].map(goDurationString)).toEqual(['500ms', '10s', '1m0s', '1m30s', '1.5s', '1h0m0s'])
  })
})
