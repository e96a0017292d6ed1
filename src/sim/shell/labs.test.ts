// The seed labs' container scripts (seeds/000_1b290c1395aaba1f.txt, checks/labs/*.yaml), run as
// the kubelet runs them: `command: ["/bin/sh", "-c"]` + `args: [SCRIPT]`, at t=0 with the seed's
// epoch 2026-01-03T01:46:00Z.
import { describe, expect, it } from 'vitest'
import { ContainerFs } from '../fs/containerFs'
import { MemDir } from '../fs/memDir'
import type { VolumeWrite } from '../fs/types'
import { execArgv } from './start'
import { drive, fakeHost, type FakeHost } from './testing'

function container(fake: FakeHost, hostData: MemDir, argv: string[], env: Record<string, string> = {}) {
  const writes: VolumeWrite[] = []
  const fs = new ContainerFs(new MemDir(), [{ path: '/data', dir: hostData, volume: 'local-storage', readOnly: false, onWrite: (w) => writes.push(w) }])
  let stdout = ''
  let stderr = ''
  const started = execArgv({ ...fake.host, fs }, argv, {
    env: new Map(Object.entries({ PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: 'pod', ...env })),
    cwd: '/',
    io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
  })
  if (!started.ok) throw new Error(started.message)
  const d = drive(fake.clock, started.proc)
  return { ...d, stdout, stderr, writes }
}

const read = (dir: MemDir) => {
  const n = dir.lookup('/message.txt')
  return n && 'content' in n ? n.content : null
}

describe('seed lab scripts', () => {
  it('Job with Completion: init container', () => {
    const fake = fakeHost()
    const data = new MemDir()
    const script = 'echo "$(date) Init container message";\necho "$(date) Init container message" >> /data/message.txt;\nsleep 10;\n'
    const r = container(fake, data, ['/bin/sh', '-c', script])
    expect(r.stdout).toBe('Sat Jan  3 01:46:00 UTC 2026 Init container message\n')
    expect(read(data)).toBe('Sat Jan  3 01:46:00 UTC 2026 Init container message\n')
    expect(r.writes).toEqual([{ volume: 'local-storage', pathInVolume: '/message.txt', data: 'Sat Jan  3 01:46:00 UTC 2026 Init container message\n', append: true }])
    expect(r.sleeps).toEqual([10_000])
    expect(r.status).toBe(0)
  })

  it('Job with Completion: main container appends after the init line', () => {
    const fake = fakeHost()
    const data = new MemDir()
    container(fake, data, ['/bin/sh', '-c', 'echo "$(date) Init container message" >> /data/message.txt;\nsleep 10;\n'])
    fake.clock.t += 1000
    const r = container(fake, data, ['/bin/sh', '-c', 'echo "$(date) Container message";\necho "$(date) Container message" >> /data/message.txt;\nsleep 30;\n'])
    expect(r.stdout).toBe('Sat Jan  3 01:46:11 UTC 2026 Container message\n')
    expect(read(data)).toBe('Sat Jan  3 01:46:00 UTC 2026 Init container message\nSat Jan  3 01:46:11 UTC 2026 Container message\n')
    expect(r.sleeps).toEqual([30_000])
  })

  it('Indexed env: $JOB_COMPLETION_INDEX from the environment', () => {
    const fake = fakeHost()
    const data = new MemDir()
    const r = container(fake, data, ['sh', '-c', 'echo "$(date) Container Index: $JOB_COMPLETION_INDEX" >> /data/message.txt\n'], { JOB_COMPLETION_INDEX: '7' })
    expect(read(data)).toBe('Sat Jan  3 01:46:00 UTC 2026 Container Index: 7\n')
    expect([r.stdout, r.status, r.sleeps]).toEqual(['', 0, []])
  })

  it('Init containers: `>` keeps only the last writer line', () => {
    const fake = fakeHost()
    const data = new MemDir()
    container(fake, data, ['/bin/sh', '-c', 'echo "$(date) Container writer01 message";\necho "$(date) Container writer01 message" > /data/message.txt;\n'])
    const w2 = container(fake, data, [
      '/bin/sh',
      '-c',
      'echo "$(date) Container writer02 message";\necho "$(date) Container writer02 message" > /data/message.txt;\nsleep 10; \necho "$(date) Container writer02 message";\necho "$(date) Container writer02 message" > /data/message.txt;\n',
    ])
    expect(w2.stdout).toBe('Sat Jan  3 01:46:00 UTC 2026 Container writer02 message\nSat Jan  3 01:46:10 UTC 2026 Container writer02 message\n')
    expect(read(data)).toBe('Sat Jan  3 01:46:10 UTC 2026 Container writer02 message\n')
    expect(w2.writes.every((w) => !w.append)).toBe(true)
  })

  it('backoffLimit: `false` as the command exits 1', () => {
    const r = container(fakeHost(), new MemDir(), ['false'])
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', ''])
  })

  it('activeDeadlineSeconds: `sleep 60` as the command', () => {
    const r = container(fakeHost(), new MemDir(), ['sleep', '60'])
    expect([r.status, r.sleeps]).toEqual([0, [60_000]])
  })

  it('Pod communication: hostname -f and ping from kubectl exec', () => {
    const fake = fakeHost({
      hostname: 'demo-job-comm-0',
      files: {
        '/etc/hosts': '127.0.0.1\tlocalhost\n10.1.4.184\tdemo-job-comm-0.demo-job-comm-svc.default.svc.cluster.local\tdemo-job-comm-0\n',
        '/etc/resolv.conf': 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
      },
    })
    let out = ''
    const started = execArgv(fake.host, ['hostname', '-f'], { env: new Map(), cwd: '/', io: { stdout: (t) => (out += t), stderr: () => {} } })
    expect(started.ok).toBe(true)
    if (started.ok) expect(drive(fake.clock, started.proc).status).toBe(0)
    expect(out).toBe('demo-job-comm-0.demo-job-comm-svc.default.svc.cluster.local\n')
  })
})
