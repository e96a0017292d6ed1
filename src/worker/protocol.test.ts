import { describe, expect, it } from 'vitest'
import { PendingRequests } from './protocol'

describe('PendingRequests', () => {
  it('matches replies by id and forgets settled requests', async () => {
    const p = new PendingRequests()
    const a = p.start({ type: 'ping' })
    const b = p.start({ type: 'ping' })
    expect(a.request.id).not.toBe(b.request.id)
    p.settle({ type: 'pong', id: b.request.id, version: 1 })
    await expect(b.reply).resolves.toEqual({ type: 'pong', id: b.request.id, version: 1 })
    expect(p.size).toBe(1)
    p.settle({ type: 'error', id: a.request.id, message: 'boom' })
    await expect(a.reply).rejects.toThrow('boom')
    expect(p.size).toBe(0)
  })

  it('ignores unknown ids and fails everything on dispose', async () => {
    const p = new PendingRequests()
    const a = p.start({ type: 'simulate', input: { files: {}, steps: [], seed: 1 } })
    p.settle({ type: 'pong', id: 999, version: 1 })
    expect(p.size).toBe(1)
    p.failAll('worker stopped')
    await expect(a.reply).rejects.toThrow('worker stopped')
    expect(p.size).toBe(0)
  })
})
