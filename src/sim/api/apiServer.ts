// The simulated API server: stores objects, assigns names, UIDs and resource versions, runs
// admission (defaulting + validation) on user writes, handles graceful deletion with finalizers,
// and tells watchers about every change. Controllers write through it too, so every change is
// seen (and traced) exactly once.
import type { Kernel } from '../kernel/kernel'
import type { Rng } from '../kernel/rng'
import { alreadyExists, type ApiResult, notFound } from './errors'
import { setDisruptionTarget } from './eviction'
import type { KindMap, KubeObject, Pod } from './types'

export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789'
const MAX_GENERATED_BASE = 58

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED'
export type Watcher = (type: WatchType, obj: KubeObject) => void

export type Admitted = ApiResult<KubeObject>

/** Admission: defaults, preparation and validation; returns the object to store, or an Invalid error. */
export interface Admission {
  create(obj: KubeObject): Admitted
  update(old: KubeObject, next: KubeObject): Admitted
}

export type Propagation = 'Background' | 'Foreground' | 'Orphan'

export interface DeleteOptions {
  gracePeriodSeconds?: number
  propagationPolicy?: Propagation
}

export const key = (ns: string | undefined, name: string) => `${ns ?? ''}/${name}`

/** Kinds that live outside namespaces. */
export const CLUSTER_SCOPED: ReadonlySet<string> = new Set(['Node', 'Namespace', 'PersistentVolume', 'StorageClass'])

export class ApiServer {
  private readonly stores = new Map<string, Map<string, KubeObject>>()
  private readonly podsByOwner = new Map<string, Set<Pod>>()
  /** Replaced, never mutated, so a notification can iterate it while a watcher unsubscribes. */
  private watchers: readonly Watcher[] = []
  private rv = 1000
  /** Hooks the garbage collector installs to handle propagation. */
  onOwnerDeleted: (obj: KubeObject, policy: Propagation) => void = () => {}

  constructor(
    private readonly kernel: Kernel,
    private readonly names: Rng,
    private readonly uids: Rng,
    private readonly admission: Admission,
  ) {}

  /** Calls `w` after every change; returns a function that stops the calls. */
  watch(w: Watcher): () => void {
    this.watchers = [...this.watchers, w]
    return () => {
      this.watchers = this.watchers.filter((x) => x !== w)
    }
  }

  private store<K extends keyof KindMap>(kind: K): Map<string, KindMap[K]> {
    let s = this.stores.get(kind)
    if (!s) this.stores.set(kind, (s = new Map()))
    return s as Map<string, KindMap[K]>
  }

  get<K extends keyof KindMap>(kind: K, name: string, ns: string | undefined = 'default'): KindMap[K] | undefined {
    return this.store(kind).get(key(CLUSTER_SCOPED.has(kind) ? undefined : ns, name))
  }

  /** Objects of a kind in creation order; `ns` undefined means all namespaces. */
  list<K extends keyof KindMap>(kind: K, ns?: string): KindMap[K][] {
    const all = [...this.store(kind).values()]
    return ns === undefined ? all : all.filter((o) => (o.metadata.namespace ?? '') === ns)
  }

  /** Pods whose ownerReferences name this uid (kept as an index: the Job controller asks often). */
  podsOwnedBy(uid: string): Pod[] {
    return [...(this.podsByOwner.get(uid) ?? [])]
  }

  private nextRv(): string {
    return String(++this.rv)
  }

  /** Completes `generateName` as the apiserver's SimpleNameGenerator does: base cut to 58 chars + 5 random. */
  generateName(base: string): string {
    return `${base.slice(0, MAX_GENERATED_BASE)}${this.names.chars(NAME_ALPHABET, 5)}`
  }

  /** Creates a user object: name generation, admission, bookkeeping. */
  create<T extends KubeObject>(obj: T, options: { admit?: boolean } = {}): ApiResult<T> {
    const m = obj.metadata
    if (!m.name && m.generateName) m.name = this.generateName(m.generateName)
    if (!CLUSTER_SCOPED.has(obj.kind)) m.namespace ??= 'default'
    if (this.store(obj.kind).has(key(m.namespace, m.name))) return { ok: false, error: alreadyExists(obj.kind, m.name) }
    m.uid = this.uids.uuid()
    if (options.admit !== false) {
      const admitted = this.admission.create(obj)
      if (!admitted.ok) return admitted as ApiResult<T>
      obj = admitted.value as T
    }
    const m2 = obj.metadata
    m2.creationTimestamp = this.kernel.now
    m2.resourceVersion = this.nextRv()
    this.store(obj.kind).set(key(m2.namespace, m2.name), obj)
    if (obj.kind === 'Pod') this.indexPod(obj, true)
    this.notify('ADDED', obj)
    return { ok: true, value: obj }
  }

  /**
   * Stores an object the cluster held before the scenario began, or one a system controller of
   * kube-system makes (sim/system): name, UID and resource version come with it, none is drawn
   * from the streams the scenario's own objects use, so adding one changes no existing trace.
   */
  seed(obj: KubeObject, notify = false): void {
    this.store(obj.kind).set(key(obj.metadata.namespace, obj.metadata.name), obj)
    if (obj.kind === 'Pod') this.indexPod(obj, true)
    if (notify) this.notify('ADDED', obj)
  }

  /** Records a change a controller made to a stored object in place. */
  commit(obj: KubeObject): void {
    obj.metadata.resourceVersion = this.nextRv()
    this.notify('MODIFIED', obj)
    this.maybeRemove(obj)
  }

  /** A user update (apply/patch/replace): admission on old vs next, then next replaces the stored content. */
  update<T extends KubeObject>(next: T): ApiResult<T> {
    const current = this.get(next.kind, next.metadata.name, next.metadata.namespace) as T | undefined
    if (!current) return { ok: false, error: notFound(next.kind, next.metadata.name) }
    const admitted = this.admission.update(current, next)
    if (!admitted.ok) return admitted as ApiResult<T>
    const value = admitted.value
    // Keep the stored object's identity: controllers and the kubelet hold references to it.
    Object.assign(current, { ...value, metadata: { ...value.metadata, uid: current.metadata.uid, creationTimestamp: current.metadata.creationTimestamp } })
    this.commit(current)
    return { ok: true, value: current }
  }

  delete(kind: keyof KindMap, name: string, ns: string | undefined, options: DeleteOptions = {}): ApiResult<KubeObject> {
    const obj = this.get(kind, name, ns) as KubeObject | undefined
    if (!obj) return { ok: false, error: notFound(kind, name) }
    const m = obj.metadata
    if (obj.kind === 'Pod') return { ok: true, value: this.deletePod(obj, options.gracePeriodSeconds) }
    const policy = options.propagationPolicy ?? (obj.kind === 'Job' ? 'Orphan' : 'Background')
    if (m.deletionTimestamp !== undefined) return { ok: true, value: obj }
    if (policy === 'Foreground') {
      m.finalizers = [...(m.finalizers ?? []), 'foregroundDeletion']
      m.deletionTimestamp = this.kernel.now
      m.deletionGracePeriodSeconds = 0
      this.commit(obj)
      this.onOwnerDeleted(obj, policy)
      return { ok: true, value: obj }
    }
    m.deletionTimestamp = this.kernel.now
    m.deletionGracePeriodSeconds = 0
    if (policy === 'Orphan') this.onOwnerDeleted(obj, policy)
    if ((m.finalizers ?? []).length > 0) this.commit(obj)
    else this.remove(obj)
    if (policy === 'Background') this.onOwnerDeleted(obj, policy)
    return { ok: true, value: obj }
  }

  /**
   * The Eviction API (`POST pods/NAME/eviction`, eviction.go): no PodDisruptionBudgets exist here,
   * so every eviction is allowed; the pod gets the DisruptionTarget condition in one write, then
   * the same graceful delete as `kubectl delete` (the delete options' grace period, or the pod's).
   */
  evict(name: string, ns: string | undefined, options: DeleteOptions = {}): ApiResult<Pod> {
    const pod = this.get('Pod', name, ns)
    if (!pod) return { ok: false, error: notFound('Pod', name) }
    if (setDisruptionTarget(pod, this.kernel.now)) this.commit(pod)
    return { ok: true, value: this.deletePod(pod, options.gracePeriodSeconds) }
  }

  /**
   * Graceful pod deletion: a pod on a node gets a deletionTimestamp `grace` seconds ahead and
   * stays until its kubelet confirms with a zero-grace delete and its finalizers are gone.
   */
  private deletePod(pod: Pod, graceSeconds: number | undefined): Pod {
    const m = pod.metadata
    const grace = graceSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30
    const unbound = !pod.spec.nodeName
    if (m.deletionTimestamp !== undefined) {
      // A second delete can only shorten the grace period (as the real apiserver does).
      if (grace === 0 || unbound) {
        m.deletionGracePeriodSeconds = 0
        this.commit(pod)
      }
      return pod
    }
    const immediate = unbound || grace === 0
    m.deletionTimestamp = this.kernel.now + (immediate ? 0 : grace * 1000)
    m.deletionGracePeriodSeconds = immediate ? 0 : grace
    this.commit(pod)
    return pod
  }

  /** Drops a finalizer; the object goes away when it was being deleted and nothing holds it. */
  removeFinalizer(obj: KubeObject, finalizer: string): void {
    const list = obj.metadata.finalizers ?? []
    if (!list.includes(finalizer)) return
    obj.metadata.finalizers = list.filter((f) => f !== finalizer)
    if (obj.metadata.finalizers.length === 0) delete obj.metadata.finalizers
    this.commit(obj)
  }

  private maybeRemove(obj: KubeObject): void {
    const m = obj.metadata
    if (m.deletionTimestamp === undefined || (m.finalizers ?? []).length > 0) return
    if (obj.kind === 'Pod' && m.deletionGracePeriodSeconds !== 0) return
    if (!this.store(obj.kind).has(key(m.namespace, m.name))) return
    this.remove(obj)
  }

  private remove(obj: KubeObject): void {
    const m = obj.metadata
    this.store(obj.kind).delete(key(m.namespace, m.name))
    if (obj.kind === 'Pod') this.indexPod(obj, false)
    this.notify('DELETED', obj)
  }

  private indexPod(pod: Pod, add: boolean): void {
    for (const ref of pod.metadata.ownerReferences ?? []) {
      let set = this.podsByOwner.get(ref.uid)
      if (!set) this.podsByOwner.set(ref.uid, (set = new Set()))
      if (add) set.add(pod)
      else set.delete(pod)
    }
  }

  /** Removes the ownerReferences of a pod (orphaning) and keeps the owner index true. */
  orphanPod(pod: Pod, ownerUid: string): void {
    this.podsByOwner.get(ownerUid)?.delete(pod)
    pod.metadata.ownerReferences = (pod.metadata.ownerReferences ?? []).filter((r) => r.uid !== ownerUid)
    if (pod.metadata.ownerReferences.length === 0) delete pod.metadata.ownerReferences
    this.commit(pod)
  }

  private notify(type: WatchType, obj: KubeObject): void {
    for (const w of this.watchers) w(type, obj)
  }

  exists(obj: KubeObject): boolean {
    return this.store(obj.kind).get(key(obj.metadata.namespace, obj.metadata.name)) === obj
  }
}
