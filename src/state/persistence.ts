// Autosave: the learner's files are kept in localStorage, one entry per scenario, on every edit,
// and restored on reload. Storage is passed in so tests need no browser; a full or blocked
// storage is tolerated (the text stays in the editor).

export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

const key = (scenarioId: string) => `jobs-playground:files:${scenarioId}`

export function saveFiles(storage: KeyValueStorage | null, scenarioId: string, files: Record<string, string>): void {
  try {
    storage?.setItem(key(scenarioId), JSON.stringify(files))
  } catch {
    // Quota exceeded or storage disabled: nothing to do; the editor still holds the text.
  }
}

/** The saved files, only if they are a well-formed name → text record. */
export function loadFiles(storage: KeyValueStorage | null, scenarioId: string): Record<string, string> | null {
  let raw: string | null
  try {
    raw = storage?.getItem(key(scenarioId)) ?? null
  } catch {
    return null
  }
  if (!raw) return null
  try {
    const parsed: unknown = JSON.parse(raw)
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null
    const entries = Object.entries(parsed)
    if (!entries.length || !entries.every(([, v]) => typeof v === 'string')) return null
    return Object.fromEntries(entries) as Record<string, string>
  } catch {
    return null
  }
}

export function clearFiles(storage: KeyValueStorage | null, scenarioId: string): void {
  try {
    storage?.removeItem(key(scenarioId))
  } catch {
    // see saveFiles
  }
}

export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
