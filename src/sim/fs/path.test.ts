import { describe, expect, it } from 'vitest'
import { baseName, normalizePath, parentPath, splitPath } from './path'

describe('normalizePath', () => {
  it('keeps normal absolute paths', () => {
    expect(normalizePath('/data/message.txt')).toBe('/data/message.txt')
    expect(normalizePath('/')).toBe('/')
  })

  it('removes dots, double dots, repeated and trailing slashes', () => {
    expect(normalizePath('//data/./x//y/')).toBe('/data/x/y')
    expect(normalizePath('/a/b/../c')).toBe('/a/c')
    expect(normalizePath('/..')).toBe('/')
    expect(normalizePath('/a/..')).toBe('/')
    expect(normalizePath('/a/.')).toBe('/a')
    expect(normalizePath('/a/.hidden')).toBe('/a/.hidden')
    expect(normalizePath('/a/..b')).toBe('/a/..b')
  })

  it('resolves relative paths against the working directory', () => {
    expect(normalizePath('x.txt', '/data')).toBe('/data/x.txt')
    expect(normalizePath('../etc/hosts', '/data')).toBe('/etc/hosts')
    expect(normalizePath('.', '/tmp')).toBe('/tmp')
  })
})

describe('path pieces', () => {
  it('splits, takes parents and base names', () => {
    expect(splitPath('/')).toEqual([])
    expect(splitPath('/a/b')).toEqual(['a', 'b'])
    expect(parentPath('/a/b')).toBe('/a')
    expect(parentPath('/a')).toBe('/')
    expect(baseName('/usr/bin/env')).toBe('env')
    expect(baseName('dir/')).toBe('dir')
    expect(baseName('/')).toBe('/')
  })
})
