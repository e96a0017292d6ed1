import { describe, expect, it } from 'vitest'
import { imageTag } from './image'
import { defaultContainer, defaultPodSpec } from './podSpec'

describe('image pull policy', () => {
  // DESIGN.md §1: "an untagged or `:latest` image gets `imagePullPolicy: Always`";
  // kubectl-and-kubelet.md §6: "imagePullPolicy Always for untagged/`:latest` and IfNotPresent otherwise".
  it('is Always for untagged and :latest images, IfNotPresent otherwise', () => {
    const policy = (image: string) => defaultContainer({ name: 'c', image }).imagePullPolicy
    expect(policy('busybox')).toBe('Always')
    expect(policy('busybox:latest')).toBe('Always')
    expect(policy('registry.local:5000/team/busybox')).toBe('Always')
    expect(policy('busybox:1.36')).toBe('IfNotPresent')
    expect(policy(`busybox@sha256:${'a'.repeat(64)}`)).toBe('IfNotPresent')
  })

  it('keeps an explicit policy and finds tags like ParseImageName', () => {
    expect(defaultContainer({ name: 'c', image: 'busybox', imagePullPolicy: 'Never' }).imagePullPolicy).toBe('Never')
    expect(imageTag('localhost:5000/app:v2')).toBe('v2')
    expect(imageTag('BusyBox')).toBe('') // not a valid reference: no tag
  })
})

// SetDefaults_PodSpec / SetDefaults_Container (pkg/apis/core/v1/defaults.go); the values also
// listed in kubectl-and-kubelet.md §6 ("terminationGracePeriodSeconds 30, dnsPolicy ClusterFirst").
describe('defaultPodSpec', () => {
  const spec = defaultPodSpec({
    containers: [{ name: 'c', image: 'busybox', ports: [{ containerPort: 80 }], env: [{ name: 'I', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] }],
    volumes: [{ name: 'h', hostPath: { path: '/tmp/data' } }, { name: 'e' }],
  })

  it('fills the pod-level defaults', () => {
    expect(spec.restartPolicy).toBe('Always')
    expect(spec.terminationGracePeriodSeconds).toBe(30)
    expect(spec.dnsPolicy).toBe('ClusterFirst')
    expect(spec.schedulerName).toBe('default-scheduler')
    expect(spec.securityContext).toEqual({})
  })

  it('fills the container defaults', () => {
    const c = spec.containers[0]
    expect(c?.terminationMessagePath).toBe('/dev/termination-log')
    expect(c?.terminationMessagePolicy).toBe('File')
    expect(c?.ports?.[0]?.protocol).toBe('TCP')
    expect(c?.env?.[0]?.valueFrom?.fieldRef?.apiVersion).toBe('v1')
  })

  it('fills the volume defaults', () => {
    expect(spec.volumes?.[0]?.hostPath?.type).toBe('')
    expect(spec.volumes?.[1]?.emptyDir).toEqual({})
  })

  it('does not set the Pod-only defaults on a template', () => {
    expect(spec.enableServiceLinks).toBeUndefined()
    expect(spec.serviceAccountName).toBeUndefined()
  })
})
