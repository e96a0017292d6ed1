import { describe, expect, it } from 'vitest'
import { originAllowed, parseHostMessage, type Receiver } from './embed'
import { parentOriginOf, postTargets } from './embedOrigins'

const own = 'https://play.example'
const open: Receiver = { frame: 'left', ownOrigin: own, allowedOrigins: [] }
const named: Receiver = { frame: 'left', ownOrigin: own, allowedOrigins: ['https://course.example', 'https://lms.example'] }

describe('the parent origin', () => {
  it('prefers ancestorOrigins, then the referrer', () => {
    expect(parentOriginOf(['https://course.example'], 'https://other.example/page')).toBe('https://course.example')
    expect(parentOriginOf(undefined, 'https://course.example:8443/unit/3?x=1')).toBe('https://course.example:8443')
    expect(parentOriginOf([], 'http://127.0.0.1:4173/embed-demo.html')).toBe('http://127.0.0.1:4173')
  })

  it('is unknown without either, or for an opaque (sandboxed) host', () => {
    expect(parentOriginOf(undefined, '')).toBeNull()
    expect(parentOriginOf(['null'], '')).toBeNull()
    expect(parentOriginOf(undefined, 'not a url')).toBeNull()
  })
})

describe('targetOrigin for frame → host messages', () => {
  it('posts to a known, allowed parent exactly', () => {
    expect(postTargets(own, open)).toEqual([own])
    expect(postTargets('https://lms.example', named)).toEqual(['https://lms.example'])
  })

  it('lets any known parent listen when no host was named, but not when hosts were named', () => {
    expect(postTargets('https://blog.example', open)).toEqual(['https://blog.example'])
    expect(postTargets('https://blog.example', named)).toEqual([])
  })

  it('falls back to the listed origins, or * when nothing is known', () => {
    expect(postTargets(null, named)).toEqual(named.allowedOrigins)
    expect(postTargets(null, open)).toEqual(['*'])
  })
})

describe('the origin filter on host → frame commands', () => {
  const play = { target: 'jobs-playground', frame: 'left', type: 'play' }

  it('obeys this page and the listed hosts only', () => {
    expect(originAllowed(own, open)).toBe(true)
    expect(originAllowed('https://course.example', open)).toBe(false)
    expect(originAllowed('https://course.example', named)).toBe(true)
    expect(parseHostMessage(play, 'https://course.example', open)).toBeNull()
    expect(parseHostMessage(play, 'https://course.example', named)).toEqual(play)
  })

  it('does not treat a lookalike origin as listed', () => {
    for (const o of ['https://course.example.evil.example', 'http://course.example', 'https://course.example:444', 'null']) {
      expect(parseHostMessage(play, o, named)).toBeNull()
    }
  })

  it('ignores commands for another frame even from this page', () => {
    expect(parseHostMessage({ ...play, frame: 'right' }, own, open)).toBeNull()
  })
})
