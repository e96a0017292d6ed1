import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { heredocDelimiter, shellQuote, writeFileLines } from './shellQuote'

const dir = mkdtempSync(join(tmpdir(), 'shell-quote-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What bash makes of `word` as one argument. */
const bashWord = (word: string) => execFileSync('bash', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' })

describe('shellQuote', () => {
  it('leaves plain words alone', () => {
    expect(shellQuote('job.yaml')).toBe('job.yaml')
    expect(shellQuote('job/hello')).toBe('job/hello')
  })

  it('gives bash back exactly the text, whatever it holds', () => {
    for (const text of ["it's", 'a "b" $HOME `id` \\n $(rm -rf x)', "'", '', 'two\nlines', '!history *glob ~tilde']) {
      expect(bashWord(shellQuote(text))).toBe(text)
    }
  })
})

describe('writeFileLines', () => {
  const tricky = [
    `echo "$(date) it's \\$HOME" >> /data/message.txt\n`,
    'EOF\nEOF_1\n  EOF\n',
    'back\\slash\\\\ and `ticks` and \'single\' and "double"\n',
    'no final newline $x',
    '\ttabs\tstay\n\n\n',
  ]

  it('writes each body byte for byte, EOF lines and all', () => {
    tricky.forEach((body, i) => {
      const script = writeFileLines(`f${i}.txt`, body).join('\n')
      execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: dir })
      expect(readFileSync(join(dir, `f${i}.txt`), 'utf8')).toBe(body)
    })
  })

  it('quotes the heredoc so nothing in it expands', () => {
    expect(writeFileLines('a.yaml', 'x: $y\n')).toEqual([`cat > a.yaml <<'EOF'`, 'x: $y', 'EOF'])
  })

  it('picks a delimiter no line of the body equals', () => {
    expect(heredocDelimiter('a\nb\n')).toBe('EOF')
    expect(heredocDelimiter('EOF\n')).toBe('EOF_1')
    expect(heredocDelimiter('EOF\nEOF_1\n')).toBe('EOF_2')
    expect(heredocDelimiter(' EOF\nEOFx\n')).toBe('EOF')
  })
})
