// PersistentVolumeClaims on kind's default StorageClass (sim/storage): the texts are kind's and
// upstream's — `kubectl get storageclass` on kind (`standard (default)`, rancher.io/local-path,
// Delete, WaitForFirstConsumer, false), printers.go's PVC/PV columns with VOLUMEATTRIBUTESCLASS
// `<unset>`, pv_controller.go's WaitForFirstConsumer and ExternalProvisioning messages, the
// provisioner's Provisioning / ProvisioningSucceeded, and `ValidatePersistentVolumeClaim`'s errors.
import { describe, expect, it } from 'vitest'
import { job, terminal } from './testing/terminal'

const PVC = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shared
spec:
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
`
const user = job('use', '', '      - name: c\n        image: busybox:1.36\n        command: ["sh", "-c", "echo hi >> /data/f; sleep 5"]\n        volumeMounts:\n        - name: data\n          mountPath: /data\n      volumes:\n      - name: data\n        persistentVolumeClaim:\n          claimName: shared\n')

describe('kind\'s local-path storage', () => {
  it('has one default StorageClass, standard', () => {
    const t = terminal()
    const sc = t.kubectl('kubectl get storageclass', 10_000)
    t.runUntil(11_000)
    expect(sc.output).toBe([
      'NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE',
      'standard (default)   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  10s',
      '',
    ].join('\n'))
  })

  it('keeps a claim Pending until a pod uses it, then provisions a volume on that pod\'s node and binds it', () => {
    const t = terminal({ 'pvc.yaml': PVC, 'job.yaml': user })
    t.kubectl('kubectl apply -f pvc.yaml', 0)
    const pending = t.kubectl('kubectl get pvc', 5000)
    t.kubectl('kubectl apply -f job.yaml', 6000)
    const bound = t.kubectl('kubectl get pvc', 20_000)
    t.runUntil(30_000)
    expect(pending.output).toBe('NAME     STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\nshared   Pending                                      standard       <unset>                 5s\n')
    const pvc = t.cluster.api.get('PersistentVolumeClaim', 'shared')!
    const pvName = `pvc-${pvc.metadata.uid}`
    expect(bound.output).toBe(`NAME     STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\nshared   Bound    ${pvName}   1Gi        RWO            standard       <unset>                 20s\n`)
    const events = t.cluster.events.eventsFor(pvc.metadata.uid)
    expect(events.map((e) => [e.reason, e.source.component.replace(/_.*/, '_…'), e.message])).toEqual([
      ['WaitForFirstConsumer', 'persistentvolume-controller', 'waiting for first consumer to be created before binding'],
      ['ExternalProvisioning', 'persistentvolume-controller', "Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' or manually by the system administrator. If volume creation is delayed, please verify that your external provisioner is running and correctly registered."],
      ['Provisioning', 'rancher.io/local-path_…', 'External provisioner is provisioning volume for claim "default/shared"'],
      ['ProvisioningSucceeded', 'rancher.io/local-path_…', `Successfully provisioned volume ${pvName}`],
    ])
    expect(events[2]!.source.component).toMatch(/^rancher\.io\/local-path_local-path-provisioner-[a-z0-9]{10}-[a-z0-9]{5}_[0-9a-f-]{36}$/)
    const pv = t.cluster.api.get('PersistentVolume', pvName)!
    expect(pv.spec).toMatchObject({
      hostPath: { path: `/var/local-path-provisioner/${pvName}_default_shared`, type: 'DirectoryOrCreate' },
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-1'] }] }] } },
      persistentVolumeReclaimPolicy: 'Delete', storageClassName: 'standard', claimRef: { name: 'shared', namespace: 'default' },
    })
    expect(pvc.metadata.annotations?.['volume.kubernetes.io/selected-node']).toBe('node-1')
    expect(pvc.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection'])
    // The pod is bound only once the claim is: its Scheduled event follows ProvisioningSucceeded.
    const scheduled = t.cluster.trace.events.find((e) => e.type === 'event' && e.reason === 'Scheduled')!
    const provisioned = t.cluster.trace.events.find((e) => e.type === 'event' && e.reason === 'ProvisioningSucceeded')!
    expect(scheduled.at).toBeGreaterThan(provisioned.at)
    // The pod's write lands in the volume's directory on node-1, traced as a write.
    expect(t.cluster.trace.events.some((e) => e.type === 'write' && e.path === `/var/local-path-provisioner/${pvName}_default_shared/f` && e.node === 'node-1')).toBe(true)
  })

  it('refuses a claim without access modes or a storage request, with the apiserver\'s texts', () => {
    const bad = 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: bad\nspec:\n  storageClassName: standard\n'
    const t = terminal({ 'bad.yaml': bad })
    const r = t.kubectl('kubectl apply -f bad.yaml', 0)
    t.runUntil(1000)
    expect(r.output).toBe('The PersistentVolumeClaim "bad" is invalid: \n* spec.accessModes: Required value: at least 1 access mode is required\n* spec.resources[storage]: Required value\n')
    expect(r.exitCode).toBe(1)
  })
})

describe('deleting a claim', () => {
  it('waits (Terminating) while an unfinished pod uses it, then goes; its Delete-policy volume and directory follow', () => {
    const t = terminal({ 'pvc.yaml': PVC, 'job.yaml': user })
    t.kubectl('kubectl apply -f pvc.yaml', 0)
    t.kubectl('kubectl apply -f job.yaml', 1000)
    t.kubectl('kubectl delete pvc shared', 8000)
    const during = t.kubectl('kubectl get pvc', 9000)
    const after = t.kubectl('kubectl get pvc,pv', 40_000)
    t.runUntil(41_000)
    // The pod still runs at 9 s (it sleeps 5 s after starting at ~7.5 s): the claim is held.
    expect(during.output).toMatch(/^shared {3}Terminating {3}pvc-/m)
    expect(after.output).toBe('No resources found\n')
    expect(Object.keys(t.cluster.hostFiles())).toEqual([])
  })
})

describe('a pod naming a claim that does not exist', () => {
  it('is not scheduled: the VolumeBinding PreFilter message replaces the per-node reasons', () => {
    const t = terminal({ 'job.yaml': user })
    t.kubectl('kubectl apply -f job.yaml', 0)
    t.runUntil(5000)
    const failed = t.cluster.trace.events.find((e) => e.type === 'event' && e.reason === 'FailedScheduling')
    expect(failed && failed.type === 'event' ? failed.message : '').toBe('0/1 nodes are available: persistentvolumeclaim "shared" not found. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.')
    expect(t.cluster.api.list('Pod', 'default').every((p) => !p.spec.nodeName)).toBe(true)
  })

  it('is tried again as soon as the claim is created (not at the 5-minute flush), and then runs', () => {
    const t = terminal({ 'job.yaml': user, 'pvc.yaml': PVC })
    t.kubectl('kubectl apply -f job.yaml', 0)
    t.kubectl('kubectl apply -f pvc.yaml', 10_000)
    t.runUntil(30_000)
    const pod = t.cluster.api.list('Pod', 'default')[0]!
    expect(pod.spec.nodeName).toBe('node-1')
    expect(t.cluster.api.get('PersistentVolumeClaim', 'shared')!.status.phase).toBe('Bound')
  })
})
