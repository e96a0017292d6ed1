import { describe, expect, it } from 'vitest'
import { MemDir, MemFile, listFiles } from './memDir'

describe('MemDir', () => {
  it('ensureDir makes every missing level and returns the same directory next time', () => {
    const root = new MemDir()
    const d = root.ensureDir('/tmp/data')
    expect(root.lookupDir('/tmp/data')).toBe(d)
    expect(root.ensureDir('tmp//data/')).toBe(d)
    expect(root.lookupDir('/tmp/nope')).toBeNull()
  })

  it('ensureDir refuses to replace a file', () => {
    const root = new MemDir()
    root.ensureDir('/a').entries.set('f', new MemFile('x'))
    expect(() => root.ensureDir('/a/f/g')).toThrow(/file is in the way/)
  })

  it('lookupDir is null for a file', () => {
    const root = new MemDir()
    root.ensureDir('/a').entries.set('f', new MemFile('x'))
    expect(root.lookup('/a/f')).toBeInstanceOf(MemFile)
    expect(root.lookupDir('/a/f')).toBeNull()
  })

  it('listFiles lists every file below, sorted by absolute path', () => {
    const vol = new MemDir()
    vol.entries.set('z.txt', new MemFile('z'))
    vol.ensureDir('sub').entries.set('b.txt', new MemFile('b'))
    vol.entries.set('a.txt', new MemFile('a'))
    const files = listFiles(vol, '/tmp/data')
    expect(Object.keys(files)).toEqual(['/tmp/data/a.txt', '/tmp/data/sub/b.txt', '/tmp/data/z.txt'])
    expect(files['/tmp/data/sub/b.txt']).toBe('b')
    expect(Object.keys(listFiles(vol, '/'))).toContain('/a.txt')
  })
})
