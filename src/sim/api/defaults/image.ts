// The tag part of an image reference, as pkg/util/parsers `ParseImageName` finds it with the
// docker reference grammar: no tag and no digest means `latest`; a digest alone means no tag; a
// reference that does not parse yields no tag (the error is ignored by SetDefaults_Container).

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*'
const LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = `(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}'
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::(${TAG}))?(?:@(${DIGEST}))?$`)

export function imageTag(image: string): string {
  const m = REFERENCE.exec(image)
  if (!m) return ''
  return m[1] ?? (m[2] ? '' : 'latest')
}

/** SetDefaults_Container: `Always` for `:latest` (or no tag), `IfNotPresent` otherwise. */
export const defaultPullPolicy = (image: string): 'Always' | 'IfNotPresent' => (imageTag(image) === 'latest' ? 'Always' : 'IfNotPresent')
