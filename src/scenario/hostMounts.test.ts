import { describe, expect, it } from 'vitest'
import { hostMounts } from './hostMounts'

const JOB = `apiVersion: batch/v1
kind: Job
metadata: {name: w}
spec:
  template:
    spec:
      restartPolicy: Never
      volumes:
        - name: host
          hostPath: {path: /tmp/data}
        - name: shared
          persistentVolumeClaim: {claimName: results}
      containers:
        - name: c
          image: busybox
          volumeMounts:
            - {name: host, mountPath: /data}
            - {name: shared, mountPath: /results}
`

describe('hostMounts', () => {
  it('pairs a hostPath volume with its mount path', () => {
    expect(hostMounts({ 'job.yaml': JOB })).toEqual([['/tmp/data', '/data']])
  })

  it('pairs a claim with its mount once the run has written into the claim\'s local-path directory', () => {
    // local-path-provisioner's layout: /var/local-path-provisioner/<pv name>_<namespace>_<claim>.
    const dir = '/var/local-path-provisioner/pvc-0c6a4f2e-1b2c-4d5e-8f90-a1b2c3d4e5f6_default_results'
    expect(hostMounts({ 'job.yaml': JOB }, [`${dir}/out.txt`, '/tmp/data/x'])).toEqual([['/tmp/data', '/data'], [dir, '/results']])
    expect(hostMounts({ 'job.yaml': JOB }, ['/var/local-path-provisioner/pvc-1_default_other/out.txt'])).toEqual([['/tmp/data', '/data']])
  })
})
