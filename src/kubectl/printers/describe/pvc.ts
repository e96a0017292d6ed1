// describe.go `describePersistentVolumeClaim` / `printPersistentVolumeClaim` (v1.34): the class,
// phase (or `Terminating (lasts …)`), volume, labels, annotations, finalizers, capacity and access
// modes (the volume's, once bound), volume mode, the pods that use the claim (`Used By`, sorted by
// name, `<none>`), then the events.
import { byString, translateTimestampSince } from '../../../sim/api/printers'
import { accessModesText } from '../../../sim/api/printers/storageRows'
import type { KEvent, Ms, PersistentVolumeClaim, Pod } from '../../../sim/api/types'
import { printAnnotationsMultiline, printLabelsMultiline } from './common'
import { describeEvents } from './events'
import { LEVEL_0, PrefixWriter } from './prefixWriter'

/** `getPodsForPVC`: the namespace's pods with a volume naming the claim. */
export function podsUsingClaim(pods: readonly Pod[], pvc: PersistentVolumeClaim): Pod[] {
  return pods.filter((p) => p.metadata.namespace === pvc.metadata.namespace && (p.spec.volumes ?? []).some((v) => (v['persistentVolumeClaim'] as { claimName?: string } | undefined)?.claimName === pvc.metadata.name))
}

export function describePvc(pvc: PersistentVolumeClaim, usedBy: readonly Pod[], events: readonly KEvent[] | undefined, now: Ms): string {
  const w = new PrefixWriter()
  const m = pvc.metadata
  w.write(LEVEL_0, `Name:\t${m.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${m.namespace ?? 'default'}\n`)
  w.write(LEVEL_0, `StorageClass:\t${pvc.spec.storageClassName ?? ''}\n`)
  if (m.deletionTimestamp !== undefined) w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(m.deletionTimestamp, now)})\n`)
  else w.write(LEVEL_0, `Status:\t${pvc.status.phase ?? ''}\n`)
  w.write(LEVEL_0, `Volume:\t${pvc.spec.volumeName ?? ''}\n`)
  printLabelsMultiline(w, 'Labels', m.labels)
  printAnnotationsMultiline(w, 'Annotations', m.annotations)
  // Go's %v of a []string: `[a b]`.
  w.write(LEVEL_0, `Finalizers:\t[${(m.finalizers ?? []).join(' ')}]\n`)
  const bound = !!pvc.spec.volumeName
  w.write(LEVEL_0, `Capacity:\t${bound ? (pvc.status.capacity?.storage ?? '') : ''}\n`)
  w.write(LEVEL_0, `Access Modes:\t${bound ? accessModesText(pvc.status.accessModes) : ''}\n`)
  if (pvc.spec.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${pvc.spec.volumeMode}\n`)
  w.write(LEVEL_0, 'Used By:\t')
  if (usedBy.length === 0) w.writeLine('<none>')
  else {
    ;[...usedBy].sort((a, b) => byString(a.metadata.name, b.metadata.name)).forEach((p, i) => {
      if (i !== 0) w.write(LEVEL_0, '\t')
      w.write(LEVEL_0, `${p.metadata.name}\n`)
    })
  }
  describeEvents(events, w, now)
  return w.done()
}
