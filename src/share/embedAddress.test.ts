import { describe, expect, it } from 'vitest'
import { isEmbedAddress } from './embedAddress'
import { parsePageOptions } from './pageOptions'

describe('isEmbedAddress', () => {
  it.each([
    ['https://p.example/?embed=1&lesson=job-completions', true],
    ['https://p.example/?lesson=job-completions&embed', true],
    ['https://p.example/?embed=TRUE', true],
    ['https://p.example/?embed=0', false],
    ['https://p.example/?embed=maybe', false],
    ['https://p.example/#s=1.abc', false],
    ['https://p.example/?lesson=x#embed=1', false],
  ])('%s → %s, as parsePageOptions reads it', (url, embed) => {
    expect(isEmbedAddress(url)).toBe(embed)
    expect(parsePageOptions(url).options.embed).toBe(embed)
  })
})
