// Redirections, pipes and here-documents.
import { describe, expect, it } from 'vitest'
import { ContainerFs } from '../../fs/containerFs'
import { MemDir } from '../../fs/memDir'
import type { VolumeWrite } from '../../fs/types'
import { drive, fakeHost, run } from '../testing'
import { runShell } from '../start'

const read = (r: ReturnType<typeof run>, path: string) => {
  const got = r.fake.fs.readFile(path)
  return got.ok ? got.value : `<${got.code}>`
}

describe('redirections', () => {
  it('> truncates or creates, >> appends', () => {
    const r = run('echo one > /f; echo two >> /f; cat /f; echo three > /f; cat /f')
    expect(r.stdout).toBe('one\ntwo\nthree\n')
  })

  it('creates an empty file for a redirection with no output', () => {
    const r = run('echo old > /f; : > /f; > /g; true >> /h')
    expect([read(r, '/f'), read(r, '/g'), read(r, '/h')]).toEqual(['', '', ''])
  })

  it('< reads a file, and stdin is shared by the commands of one redirection', () => {
    expect(run('cat < /f', { files: { '/f': 'x\ny\n' } }).stdout).toBe('x\ny\n')
    const r = run('while read line; do echo "got $line"; done < /f', { files: { '/f': 'a\nb c\n' } })
    expect(r.stdout).toBe('got a\ngot b c\n')
  })

  it('duplicates and discards descriptors', () => {
    expect(run('echo err >&2').stderr).toBe('err\n')
    const r = run('{ echo out; echo err >&2; } 2>&1 >/dev/null; ls /nope 2>/dev/null; echo $?')
    expect([r.stdout, r.stderr]).toEqual(['err\n1\n', ''])
    expect(run('x=$(echo e >&2 2>&1); echo "[$x]"').stdout).toBe('[]\n')
    expect(run('x=$( { echo e >&2; } 2>&1); echo "[$x]"').stdout).toBe('[e]\n')
    expect(run('echo hi > /dev/stderr').stderr).toBe('hi\n')
  })

  it('applies redirections to compound commands', () => {
    const r = run('for i in 1 2; do echo $i; done > /f; if true; then echo yes; fi >> /f; cat /f')
    expect(r.stdout).toBe('1\n2\nyes\n')
  })

  it('reports failures as busybox ash does, with status 1', () => {
    const r = run('echo hi > /nope/x; echo $?')
    expect([r.stdout, r.stderr]).toEqual(['1\n', "sh: can't create /nope/x: nonexistent directory\n"])
    const dir = run('mkdir /d; echo hi > /d; echo $?')
    expect(dir.stderr).toBe("sh: can't create /d: Is a directory\n")
    // busybox shell/ash.c openredirect: "can't open %s: %s" with errmsg(errno, "no such file").
    expect(run('cat < /x').stderr).toBe("sh: can't open /x: no such file\n")
    expect(run('echo >&7').stderr).toBe('sh: 7: Bad file descriptor\n')
  })

  it('reports EROFS on a read-only volume', () => {
    const fake = fakeHost()
    const fs = new ContainerFs(new MemDir(), [{ path: '/data', dir: new MemDir(), volume: 'v', readOnly: true }])
    const host = { ...fake.host, fs }
    let err = ''
    const proc = runShell(host, { script: 'echo x > /data/f', env: new Map(), cwd: '/', io: { stdout: () => {}, stderr: (t) => (err += t) } })
    expect(drive(fake.clock, proc).status).toBe(1)
    expect(err).toBe("sh: can't create /data/f: Read-only file system\n")
  })

  it('writes one event per redirected write to a volume (truncate and data together)', () => {
    const writes: VolumeWrite[] = []
    const fake = fakeHost()
    const vol = new MemDir()
    const fs = new ContainerFs(new MemDir(), [{ path: '/data', dir: vol, volume: 'v', readOnly: false, onWrite: (w) => writes.push(w) }])
    const host = { ...fake.host, fs }
    const script = 'echo a > /data/m; echo b >> /data/m; echo c > /data/m; : > /data/m'
    drive(fake.clock, runShell(host, { script, env: new Map(), cwd: '/', io: { stdout: () => {}, stderr: () => {} } }))
    expect(writes).toEqual([
      { volume: 'v', pathInVolume: '/m', data: 'a\n', append: false },
      { volume: 'v', pathInVolume: '/m', data: 'b\n', append: true },
      { volume: 'v', pathInVolume: '/m', data: 'c\n', append: false },
      { volume: 'v', pathInVolume: '/m', data: '', append: false },
    ])
  })
})

describe('here-documents', () => {
  it('expands unless the delimiter is quoted; <<- strips tabs', () => {
    expect(run('x=1; cat <<EOF\nx=$x $(echo y)\nEOF').stdout).toBe('x=1 y\n')
    expect(run("cat <<'EOF'\nx=$x\nEOF").stdout).toBe('x=$x\n')
    expect(run('cat <<-EOF\n\t\tindented\n\tEOF\necho after').stdout).toBe('indented\nafter\n')
  })
})

describe('pipelines (left side runs to completion first)', () => {
  it('feeds stdout to the next command', () => {
    expect(run('echo hello | cat').stdout).toBe('hello\n')
    expect(run('seq 5 | grep -v 3 | wc -l').stdout).toBe('4\n')
    expect(run('printf "b\\na\\n" | head -n 1').stdout).toBe('b\n')
  })

  it('runs each element in a subshell and returns the last status', () => {
    expect(run('x=1; echo 2 | read x; echo $x').stdout).toBe('1\n')
    expect(run('false | true; echo $?').stdout).toBe('0\n')
    expect(run('true | false; echo $?').stdout).toBe('1\n')
    expect(run('! true | false; echo $?').stdout).toBe('0\n')
    expect(run('set -o pipefail; false | true; echo $?').stdout).toBe('1\n')
  })

  it('takes the time of the commands in it', () => {
    const r = run('sleep 2 | sleep 3')
    expect(r.sleeps).toEqual([2000, 3000])
  })
})
