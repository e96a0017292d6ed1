import { describe, expect, it } from 'vitest'
import { nodeFilePath, splitNodePath } from './nodePath'

describe('node file paths', () => {
  it('round-trip, and a bare path has no node', () => {
    expect(splitNodePath(nodeFilePath('node-2', '/tmp/data/m.txt'))).toEqual({ node: 'node-2', path: '/tmp/data/m.txt' })
    expect(splitNodePath('/tmp/data/m.txt')).toEqual({ node: null, path: '/tmp/data/m.txt' })
  })
})
