import { describe, expect, it } from 'vitest'
import { createdJob, jobYaml } from './fixtures'
import { podTemplateValue } from './internalJson'

// Validation runs on the internal Go types (pkg/apis/core/types.go), which have no JSON tags:
// field.Error renders them with json.Marshal (1.34), so keys are Go field names in declaration
// order, and the embedded ObjectMeta is flattened with its own tags.
describe('podTemplateValue', () => {
  const t = podTemplateValue(createdJob(jobYaml('x', {}, {
    volumes: [{ name: 'data', hostPath: { path: '/tmp/data', type: 'DirectoryOrCreate' } }],
  })).spec.template).text

  it('flattens ObjectMeta and then writes Spec', () => {
    expect(t.startsWith('{"creationTimestamp":null,"labels":{"batch.kubernetes.io/controller-uid":')).toBe(true)
    expect(t).toContain('},"Spec":{"Volumes":[{"Name":"data","HostPath":{"Path":"/tmp/data","Type":"DirectoryOrCreate"},"EmptyDir":null,')
  })

  it('writes containers with every field, in Go order', () => {
    expect(t).toContain('"Containers":[{"Name":"busybox","Image":"busybox","Command":["sh","-c","echo hi"],"Args":null,"WorkingDir":"",')
    expect(t).toContain('"TerminationMessagePath":"/dev/termination-log","TerminationMessagePolicy":"File","ImagePullPolicy":"Always","SecurityContext":null,"Stdin":false,"StdinOnce":false,"TTY":false}]')
  })

  it('moves hostNetwork into the pod security context', () => {
    expect(t).toContain('"SecurityContext":{"HostNetwork":false,"HostPID":false,"HostIPC":false,"ShareProcessNamespace":null,')
    expect(t).toContain('"FSGroup":null,"FSGroupChangePolicy":null,')
    expect(t.endsWith('"Resources":null,"HostnameOverride":null}}')).toBe(true)
  })
})
