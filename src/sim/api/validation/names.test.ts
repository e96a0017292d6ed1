import { describe, expect, it } from 'vitest'
import {
  isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isIP, isQualifiedName, isRelaxedEnvVarName, isValidLabelValue, isValidPortName,
  nameIsDNSSubdomain,
} from './names'

// Message texts: staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (1.34):
// dns1123LabelErrMsg, dns1123SubdomainErrorMsg, labelValueErrMsg, MaxLenError, and RegexError,
// which writes "(e.g. 'a',  or 'b', regex used for validation is '...')".
const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"

describe('name formats', () => {
  it('accepts DNS labels and explains why others fail', () => {
    expect(isDNS1123Label('demo-job-0')).toEqual([])
    expect(isDNS1123Label('Demo')).toEqual([LABEL_MSG])
    expect(isDNS1123Label('a.b')).toEqual(['must not contain dots'])
    expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters'])
  })

  it('accepts DNS subdomains up to 253 characters', () => {
    expect(isDNS1123Subdomain('pi.v2')).toEqual([])
    expect(isDNS1123Subdomain('Pi')).toEqual([SUBDOMAIN_MSG])
    expect(isDNS1123Subdomain('a'.repeat(254))).toEqual(['must be no more than 253 characters'])
  })

  it('lets a generateName prefix end in a dash', () => {
    expect(nameIsDNSSubdomain('pi-', true)).toEqual([])
    expect(nameIsDNSSubdomain('pi-', false)).toEqual([SUBDOMAIN_MSG])
  })

  it('requires Service names to start with a letter', () => {
    expect(isDNS1035Label('svc')).toEqual([])
    expect(isDNS1035Label('1svc')[0]).toContain('a DNS-1035 label must consist of lower case alphanumeric characters')
  })

  it('caps label values at 63 characters', () => {
    expect(isValidLabelValue('')).toEqual([])
    expect(isValidLabelValue('a'.repeat(63))).toEqual([])
    expect(isValidLabelValue('a'.repeat(64))).toEqual(['must be no more than 63 characters'])
    expect(isValidLabelValue('-a')[0]).toContain("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.'")
  })

  it('checks qualified names with an optional prefix', () => {
    expect(isQualifiedName('batch.kubernetes.io/job-name')).toEqual([])
    expect(isQualifiedName('/x')).toEqual(['prefix part must be non-empty'])
    expect(isQualifiedName('a/b/c')[0]).toMatch(/^a qualified name must consist of/)
  })

  it('checks port names, env names and IPs', () => {
    expect(isValidPortName('http')).toEqual([])
    expect(isValidPortName('80')).toEqual(['must contain at least one letter (a-z)'])
    expect(isRelaxedEnvVarName('A=B')).toEqual(["a valid environment variable name must consist only of printable ASCII characters other than '='"])
    expect(isIP('10.96.0.10')).toBe(true)
    expect(isIP('2001:db8::ffff')).toBe(true)
    expect(isIP('10.96.0.256')).toBe(false)
    expect(isIP('None')).toBe(false)
  })
})
