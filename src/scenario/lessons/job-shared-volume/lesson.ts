// Shared storage on a cluster of two nodes (issue #6): a PersistentVolumeClaim on kind's default
// StorageClass `standard` (rancher.io/local-path, WaitForFirstConsumer). The volume is made on
// the node of the first pod that uses it, and every later pod using the claim is scheduled
// there, so all of them read and write one directory — unlike a hostPath volume, which is a
// different directory on each node (lesson job-hostpath-nodes). Facts: sim/storage/localPath.ts.
import { commandOutputMatches, eventSeen, jobStatus, observe, podsAtOnce } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

const JOB = 'writers'

export const lesson: Lesson = {
  id: 'job-shared-volume',
  title: 'A PersistentVolumeClaim: one volume for pods on two nodes',
  summary: 'hostPath is a directory of each node; a claim on kind\'s local-path StorageClass is one volume, made on the first pod\'s node, and every pod that uses it runs there.',
  scenario,
  text: [
    { text: 'This cluster has two nodes. In the hostPath lesson the Job\'s pods spread over both, and each node kept its own message.txt. Here the pods mount a PersistentVolumeClaim `shared` instead. A kind cluster has one StorageClass, `standard` (see `kubectl get storageclass`): rancher\'s local-path provisioner, which makes a directory on a node, with `volumeBindingMode: WaitForFirstConsumer`. No class is named in the claim, so admission fills in the default one.' },
    { at: 0, anchor: 'waiting', text: 'At 0 s the claim is created and stays Pending: the PersistentVolume controller records WaitForFirstConsumer, "waiting for first consumer to be created before binding". Where the volume will live is not decided until a pod needs it; `kubectl get pvc` at 2 s shows STATUS Pending and no VOLUME.' },
    { at: sec(3), anchor: 'provisioned', text: 'The scheduler picks node-1 for the first pod and writes it on the claim (annotation `volume.kubernetes.io/selected-node`), then holds the pod: the PV controller hands the claim to the provisioner (ExternalProvisioning), which runs a helper pod on node-1 to create /var/local-path-provisioner/pvc-…_default_shared and creates a PersistentVolume pinned to node-1 (ProvisioningSucceeded). The claim is then Bound — see `kubectl get pvc,pv` at 12 s.' },
    { at: sec(14), anchor: 'same-node', text: 'Only once the claim is Bound are the pods bound to a node. The second pod could have gone to the emptier node-2, but the volume\'s node affinity allows only node-1 ("volume node affinity conflict" for node-2), so `kubectl get pods -o wide` at 14 s shows both running on node-1. Their lines go to one file: the observer shows it by the path the pods mount it at, and on node-1 it lives in the claim\'s directory under /var/local-path-provisioner.' },
    { at: sec(40), anchor: 'complete', text: 'The Job completes 4/4 with every pod on node-1. Pinning is the price of a node-local volume: pods that share it cannot spread, and if node-1 is lost, so is the data. Storage that pods on different nodes can use at once needs a ReadWriteMany class backed by network storage (NFS, a cloud file service), which kind does not install.' },
    { at: sec(54), anchor: 'all-four', text: 'At 50 s a second Job, `reader`, mounts the same claim. Its pod also lands on node-1 and counts 4 lines: the data outlived the pods that wrote it, because it belongs to the claim, not to a pod (`kubectl logs job/reader` at 70 s, `kubectl describe pvc shared` at 72 s lists every pod that used it).' },
  ],
  checks: [
    observe('waiting', eventSeen('WaitForFirstConsumer', '^waiting for first consumer to be created before binding$', 'PersistentVolumeClaim/shared')),
    observe('pending-at-first', commandOutputMatches('^shared\\s+Pending\\s+standard\\s', 'get pvc$'), '`kubectl get pvc` shows the claim Pending before any pod needs it'),
    observe('provisioned', eventSeen('ProvisioningSucceeded', '^Successfully provisioned volume pvc-[0-9a-f-]{36}$', 'PersistentVolumeClaim/shared'), 'the provisioner records ProvisioningSucceeded on the claim: a volume pvc-… exists'),
    observe('bound', commandOutputMatches('^persistentvolumeclaim/shared\\s+Bound\\s+pvc-\\S+\\s+1Gi\\s+RWO\\s+standard\\s', 'get pvc,pv'), 'the claim is Bound to a volume of 1Gi, ReadWriteOnce'),
    observe('same-node', commandOutputMatches('^writers-\\w{5}\\s+1/1\\s+Running\\s+0\\s+\\S+\\s+\\S+\\s+node-1\\s[^]*^writers-\\w{5}\\s+1/1\\s+Running\\s+0\\s+\\S+\\s+\\S+\\s+node-1\\s', 'get pods -o wide'), 'both running writers are on node-1, where the volume is'),
    observe('two-at-once', podsAtOnce(JOB, 2)),
    observe('complete', jobStatus(JOB, 'Complete', '4/4')),
    observe('all-four', jobStatus('reader', 'Complete', '1/1'), 'a later pod on the same claim finds all the lines'),
    observe('reader-counts-4', commandOutputMatches('^4$', 'logs job/reader'), '`kubectl logs job/reader` prints 4: every writer\'s line is in the one file'),
  ],
}
