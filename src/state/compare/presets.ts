// Ready-made B scenarios: each preset is one text edit of A's YAML (restartPolicy flipped,
// parallelism changed, a shell `>` redirect turned into `>>` or back). A preset is offered only
// when A has the thing it changes, so picking one always makes a B that differs in exactly that.
// Text edits, not a YAML round trip: the learner's comments and layout stay as written.

export interface Preset {
  id: 'restart-policy' | 'parallelism' | 'redirect'
  /** What the menu shows, naming A's value and B's (`Never vs OnFailure`). */
  label: string
  /** B's files: A's with the one change. */
  files: Record<string, string>
}

type Files = Record<string, string>

/** Applies `edit` to every file; null when no file changed (the preset does not apply). */
function editAll(files: Files, edit: (text: string) => string): Files | null {
  let changed = false
  const out: Files = {}
  for (const [name, text] of Object.entries(files)) {
    out[name] = edit(text)
    if (out[name] !== text) changed = true
  }
  return changed ? out : null
}

const firstMatch = (files: Files, re: RegExp) => Object.values(files).map((t) => re.exec(t)).find(Boolean) ?? null

function restartPolicy(files: Files): Preset | null {
  const m = firstMatch(files, /^(\s*)restartPolicy:\s*(Never|OnFailure)\s*$/m)
  if (!m) return null
  const from = m[2]!
  const to = from === 'Never' ? 'OnFailure' : 'Never'
  const out = editAll(files, (t) => t.replace(new RegExp(`^(\\s*restartPolicy:\\s*)${from}(\\s*)$`, 'gm'), `$1${to}$2`))
  return out && { id: 'restart-policy', label: `${from} vs ${to}`, files: out }
}

function parallelism(files: Files): Preset | null {
  const m = firstMatch(files, /^\s*parallelism:\s*(\d+)\s*$/m)
  if (m) {
    const from = Number(m[1])
    const to = from === 5 ? 2 : 5
    const out = editAll(files, (t) => t.replace(/^(\s*parallelism:\s*)\d+(\s*)$/gm, `$1${to}$2`))
    return out && { id: 'parallelism', label: `parallelism ${from} vs ${to}`, files: out }
  }
  // No parallelism written means 1 (the API default): add it under the Job's own spec.
  const out = editAll(files, (t) => (/^kind:\s*Job\s*$/m.test(t) ? t.replace(/^spec:[ \t]*\n([ \t]+)/m, 'spec:\n$1parallelism: 5\n$1') : t))
  return out && { id: 'parallelism', label: 'parallelism 1 vs 5', files: out }
}

// A shell redirect to a file: `>` or `>>` not part of `2>&1`, `>&`, or a YAML block indicator
// (`>-`, a bare `>` at the end of a line), and not to /dev/… (where it changes nothing).
const TRUNCATE = /(?<![>&0-9])>(?![>&|-])([ \t]*)(?!\/dev\/)(?=[\w/$"'.~])/g
const APPEND = /(?<![>&0-9])>>(?![>&|-])([ \t]*)(?!\/dev\/)(?=[\w/$"'.~])/g

function redirect(files: Files): Preset | null {
  const texts = Object.values(files)
  const truncates = texts.some((t) => new RegExp(TRUNCATE.source).test(t))
  const appends = texts.some((t) => new RegExp(APPEND.source).test(t))
  if (truncates) {
    const out = editAll(files, (t) => t.replace(TRUNCATE, '>>$1'))
    return out && { id: 'redirect', label: '> vs >>', files: out }
  }
  if (appends) {
    const out = editAll(files, (t) => t.replace(APPEND, '>$1'))
    return out && { id: 'redirect', label: '>> vs >', files: out }
  }
  return null
}

/** The presets that apply to A's files, in menu order. */
export function presetsFor(files: Files): Preset[] {
  return [restartPolicy(files), parallelism(files), redirect(files)].filter((p): p is Preset => p !== null)
}
