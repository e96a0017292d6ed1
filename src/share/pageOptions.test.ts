import { describe, expect, it } from 'vitest'
import { DEFAULT_FRAME, parsePageOptions, toOrigin } from './pageOptions'

describe('page options from the URL', () => {
  it('reads a full embed URL into typed options', () => {
    const { options, warnings } = parsePageOptions('https://p.example/?lesson=job-completions&embed=1&view=timeline,observer&readonly=1&autoplay=1&speed=10&theme=dark&frame=left&origin=https://teacher.example')
    expect(warnings).toEqual([])
    expect(options).toEqual({
      lesson: 'job-completions', embed: true, view: ['timeline', 'observer'], readonly: true, autoplay: true,
      speed: 10, theme: 'dark', frame: 'left', origins: ['https://teacher.example'],
    })
  })

  it('defaults to the plain page', () => {
    expect(parsePageOptions('https://p.example/')).toEqual({
      options: { embed: false, readonly: false, autoplay: false, theme: 'auto', frame: DEFAULT_FRAME, origins: [] },
      warnings: [],
    })
  })

  it('keeps a scenario fragment for the link decoder', () => {
    expect(parsePageOptions('https://p.example/?lesson=job-ttl#s=1.abc').options).toMatchObject({ lesson: 'job-ttl', fragment: '#s=1.abc' })
    expect(parsePageOptions('https://p.example/#top').options.fragment).toBeUndefined()
    expect(parsePageOptions('https://p.example/#c=1.abc.def').options.fragment).toBe('#c=1.abc.def')
  })

  it.each([
    ['lesson=nope', /no lesson "nope"/, { lesson: undefined }],
    ['embed=maybe', /embed=maybe is not 1 or 0/, { embed: false }],
    ['embed=1&view=timeline,chart,timeline', /unknown pane "chart"/, { view: ['timeline'] }],
    ['embed=1&view=,', /names no known pane/, { view: undefined }],
    ['speed=fast', /not a number/, { speed: undefined }],
    ['speed=5000', /outside 1–1000; using 1000/, { speed: 1000 }],
    ['speed=0', /using 1\b/, { speed: 1 }],
    ['theme=pink', /not light, dark or auto/, { theme: 'auto' }],
    ['embed=1&frame=<b>', /frame= must be/, { frame: DEFAULT_FRAME }],
    ['embed=1&origin=javascript:alert(1)', /not an http\(s\) origin/, { origins: [] }],
    ['utm_source=x', /Unknown option utm_source=/, {}],
    ['frame=a', /only applies with embed=1/, { frame: 'a' }],
  ])('turns %s into a warning, never an exception', (query, warning, expected) => {
    const { options, warnings } = parsePageOptions(`https://p.example/?${query}`)
    expect(warnings.join('\n')).toMatch(warning)
    const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, options[k as keyof typeof options]]))
    expect(picked).toEqual(expected)
  })

  it('accepts repeated and comma-separated origins, and bare hosts as https', () => {
    const { options } = parsePageOptions('/?embed=1&origin=a.example,http://localhost:5173&origin=https://a.example/path')
    expect(options.origins).toEqual(['https://a.example', 'http://localhost:5173'])
  })

  it('never throws on hostile input', () => {
    for (const u of ['http://[', '::::', '?speed=1e309', `?lesson=${'x'.repeat(10_000)}`, '?view=%E0%A4%A']) {
      expect(() => parsePageOptions(u)).not.toThrow()
    }
  })

  it('normalises origins', () => {
    expect(toOrigin('https://t.example:443/x')).toBe('https://t.example')
    expect(toOrigin('ftp://t.example')).toBeNull()
    expect(toOrigin('')).toBeNull()
  })
})
