import { describe, expect, it } from 'vitest'
import { createdJob, createdPod, jobYaml } from './fixtures'
import { warningsOnJobCreate, warningsOnPodCreate } from './warnings'

// reference/job-controller.md §2.2: "name must be a DNS subdomain (warning if not a DNS label)".
// Text of jobStrategy/podStrategy.WarningsOnCreate (as printed by real clients, e.g.
// `metadata.name: this is used in Pod names and hostnames, which can result in surprising
// behavior; a DNS label is recommended: [must not contain dots]`).
describe('create warnings', () => {
  it('warns about a Job name that is a subdomain but not a label', () => {
    expect(warningsOnJobCreate(createdJob(jobYaml('pi.v2')))).toEqual([
      'metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]',
    ])
    expect(warningsOnJobCreate(createdJob(jobYaml('pi')))).toEqual([])
  })

  it('warns about such a Pod name too', () => {
    const pod = createdPod({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a.b' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } })
    expect(warningsOnPodCreate(pod)).toEqual([
      "metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]",
    ])
  })
})
