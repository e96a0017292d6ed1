// Autosave: the learner's files are kept in localStorage, one entry per scenario, on every edit,
// and restored on reload. Storage is passed in so tests need no browser; a full or blocked
// storage is tolerated (the text stays in the editor).
//
// Embeds (`?embed=1`) keep everything in memory instead: iframes from one origin share one
// localStorage, so two embeds on a course page — or an embed and the learner's own playground
// tab — would otherwise read and overwrite each other's text and progress (docs/EMBED.md).
import { isEmbedAddress } from '../share/embedAddress'

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

/** A storage that lives as long as the page: what an embed uses. */
export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>()
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
  }
}

// One per page, so autosave and lesson progress inside an embed still see each other.
let embedStorage: KeyValueStorage | null = null

/** localStorage for the full page; this page's memory storage in embed mode. */
export function browserStorage(): KeyValueStorage | null {
  try {
    if (typeof location !== 'undefined' && isEmbedAddress(location.href)) return (embedStorage ??= memoryStorage())
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
