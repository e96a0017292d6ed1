import { describe, expect, it } from 'vitest'
import { ContainerFs, MemFileSystem } from './containerFs'
import { MemDir } from './memDir'
import type { VolumeWrite } from './types'

function pod() {
  const hostData = new MemDir() // a hostPath directory on the node
  const writes: { container: string; w: VolumeWrite }[] = []
  const mount = (container: string, readOnly = false) => ({
    path: '/data',
    dir: hostData,
    volume: 'local-storage',
    readOnly,
    onWrite: (w: VolumeWrite) => writes.push({ container, w }),
  })
  const a = new ContainerFs(new MemDir(), [mount('a')])
  const b = new ContainerFs(new MemDir(), [mount('b')])
  const loner = new ContainerFs(new MemDir(), [])
  return { hostData, writes, a, b, loner, mount }
}

describe('ContainerFs', () => {
  it('shares a mounted volume between containers and reports writes with the path inside the volume', () => {
    const { a, b, loner, writes } = pod()
    expect(a.writeFile('/data/message.txt', 'one\n', true)).toEqual({ ok: true, value: undefined })
    expect(b.writeFile('/data/message.txt', 'two\n', true).ok).toBe(true)
    expect(a.readFile('/data/message.txt')).toEqual({ ok: true, value: 'one\ntwo\n' })
    expect(loner.readFile('/data/message.txt')).toEqual({ ok: false, code: 'ENOENT' })
    expect(writes).toEqual([
      { container: 'a', w: { volume: 'local-storage', pathInVolume: '/message.txt', data: 'one\n', append: true } },
      { container: 'b', w: { volume: 'local-storage', pathInVolume: '/message.txt', data: 'two\n', append: true } },
    ])
  })

  it('keeps each container root private and does not report writes outside mounts', () => {
    const { a, b, writes } = pod()
    a.writeFile('/tmp.txt', 'x', false)
    expect(b.stat('/tmp.txt')).toBeNull()
    expect(writes).toEqual([])
  })

  it('normalises paths before choosing the mount', () => {
    const { a, hostData } = pod()
    a.writeFile('/tmp/../data//./x.txt', 'hi', false)
    expect(hostData.lookup('/x.txt')).not.toBeNull()
  })

  it('lets the longest mount prefix win', () => {
    const outer = new MemDir()
    const inner = new MemDir()
    const fs = new ContainerFs(new MemDir(), [
      { path: '/data', dir: outer, volume: 'outer', readOnly: false },
      { path: '/data/inner', dir: inner, volume: 'inner', readOnly: false },
    ])
    fs.writeFile('/data/inner/f', 'i', false)
    fs.writeFile('/data/f', 'o', false)
    expect(inner.lookup('/f')).not.toBeNull()
    expect(outer.lookup('/f')).not.toBeNull()
    expect(outer.lookup('/inner/f')).toBeNull()
  })

  it('refuses writes on a read-only mount with EROFS', () => {
    const { mount } = pod()
    const ro = new ContainerFs(new MemDir(), [mount('ro', true)])
    expect(ro.writeFile('/data/x', 'x', false)).toEqual({ ok: false, code: 'EROFS' })
    expect(ro.mkdir('/data/d', false)).toEqual({ ok: false, code: 'EROFS' })
    expect(ro.remove('/data/x', false)).toEqual({ ok: false, code: 'EROFS' })
  })

  it('shows mount points in their parent directory', () => {
    const { a } = pod()
    expect(a.readdir('/')).toEqual({ ok: true, value: ['data'] })
    expect(a.stat('/data')?.type).toBe('dir')
  })

  it('does not report empty appends (an open for writing)', () => {
    const { a, writes } = pod()
    a.writeFile('/data/f', '', true)
    expect(a.stat('/data/f')).toEqual({ type: 'file', size: 0 })
    expect(writes).toEqual([])
  })

  it('treats /dev/null as an empty sink', () => {
    const fs = new MemFileSystem()
    expect(fs.writeFile('/dev/null', 'gone', false).ok).toBe(true)
    expect(fs.readFile('/dev/null')).toEqual({ ok: true, value: '' })
  })
})

describe('MemFileSystem errors', () => {
  it('gives POSIX error codes', () => {
    const fs = new MemFileSystem()
    expect(fs.writeFile('/nope/x', 'x', false)).toEqual({ ok: false, code: 'ENOENT' })
    expect(fs.mkdir('/a/b', false)).toEqual({ ok: false, code: 'ENOENT' })
    expect(fs.mkdir('/a/b', true).ok).toBe(true)
    expect(fs.mkdir('/a', false)).toEqual({ ok: false, code: 'EEXIST' })
    expect(fs.writeFile('/a', 'x', false)).toEqual({ ok: false, code: 'EISDIR' })
    expect(fs.readFile('/a')).toEqual({ ok: false, code: 'EISDIR' })
    fs.writeFile('/f', 'x', false)
    expect(fs.writeFile('/f/g', 'x', false)).toEqual({ ok: false, code: 'ENOTDIR' })
    expect(fs.readdir('/f')).toEqual({ ok: false, code: 'ENOTDIR' })
    expect(fs.remove('/a', false)).toEqual({ ok: false, code: 'ENOTEMPTY' })
    expect(fs.remove('/a', true).ok).toBe(true)
    expect(fs.remove('/a', true)).toEqual({ ok: false, code: 'ENOENT' })
  })

  it('truncates or appends', () => {
    const fs = new MemFileSystem()
    fs.writeFile('/f', 'a', false)
    fs.writeFile('/f', 'b', true)
    expect(fs.readFile('/f')).toEqual({ ok: true, value: 'ab' })
    fs.writeFile('/f', 'c', false)
    expect(fs.readFile('/f')).toEqual({ ok: true, value: 'c' })
    expect(fs.stat('/f')).toEqual({ type: 'file', size: 1 })
  })
})
