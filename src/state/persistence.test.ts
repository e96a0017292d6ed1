import { describe, expect, it, vi } from 'vitest'
import { browserStorage, clearFiles, loadFiles, saveFiles, type KeyValueStorage } from './persistence'

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) }
}

describe('autosave', () => {
  it('round-trips files per scenario and keeps scenarios apart', () => {
    const s = memoryStorage()
    saveFiles(s, 'a', { 'job.yaml': 'kind: Job\n' })
    expect(loadFiles(s, 'a')).toEqual({ 'job.yaml': 'kind: Job\n' })
    expect(loadFiles(s, 'b')).toBeNull()
    clearFiles(s, 'a')
    expect(loadFiles(s, 'a')).toBeNull()
  })

  it('ignores corrupt or foreign data instead of loading it', () => {
    const s = memoryStorage()
    for (const junk of ['{', '[]', '{"f": 3}', '{}', 'null']) {
      s.data.set('jobs-playground:files:x', junk)
      expect(loadFiles(s, 'x')).toBeNull()
    }
  })

  it('survives a storage that throws', () => {
    const broken: KeyValueStorage = { getItem: () => { throw new Error('denied') }, setItem: () => { throw new Error('full') }, removeItem: () => {} }
    expect(() => saveFiles(broken, 'a', { f: 'x' })).not.toThrow()
    expect(loadFiles(broken, 'a')).toBeNull()
  })
})

describe('storage in embed mode', () => {
  // Iframes from one origin share localStorage: an embed must not touch the learner's entries.
  it('keeps an embed in memory, one storage per page, and the full page in localStorage', () => {
    const local = memoryStorage()
    vi.stubGlobal('localStorage', local)
    try {
      vi.stubGlobal('location', { href: 'https://p.example/?lesson=job-completions&embed=1&frame=left' })
      const embed = browserStorage()
      saveFiles(embed, 'job-completions', { 'job.yaml': 'mine' })
      expect(local.data.size).toBe(0)
      expect(loadFiles(browserStorage(), 'job-completions')).toEqual({ 'job.yaml': 'mine' })
      vi.stubGlobal('location', { href: 'https://p.example/?lesson=job-completions' })
      expect(browserStorage()).toBe(local)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
