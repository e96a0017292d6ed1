// describe.go `DescribePodTemplate` (kubectl 1.30+): labels, annotations, containers with names
// indented one extra space, volumes, node selectors and tolerations.
import type { PodTemplateSpec } from '../../../sim/api/types'
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './common'
import { describeContainers } from './containers'
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefixWriter'
import { describeVolumes } from './volumes'

export function describePodTemplate(template: PodTemplateSpec, w: PrefixWriter, epochMs: number): void {
  w.write(LEVEL_0, 'Pod Template:\n')
  const meta = template.metadata ?? {}
  printLabelsMultiline(w, '  Labels', meta.labels)
  if (meta.annotations && Object.keys(meta.annotations).length > 0) printAnnotationsMultiline(w, '  Annotations', meta.annotations)
  const spec = template.spec
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`)
  if (spec.initContainers && spec.initContainers.length > 0) describeContainers('Init Containers', spec.initContainers, undefined, undefined, w, '  ', epochMs)
  describeContainers('Containers', spec.containers, undefined, undefined, w, '  ', epochMs)
  describeVolumes(spec.volumes, w, '  ')
  const priorityClass = spec['priorityClassName']
  if (typeof priorityClass === 'string' && priorityClass !== '') w.write(LEVEL_1, `Priority Class Name:\t${priorityClass}\n`)
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector)
  printTolerationsMultiline(w, '  Tolerations', spec.tolerations)
}
