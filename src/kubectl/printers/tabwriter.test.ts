import { describe, expect, it } from 'vitest'
import { describeTabWriter, escapeTerminal, getTabWriter, TabWriter } from './tabwriter'

// Expected text: reference/kubectl-and-kubelet.md §1.2 (get layout rules and the `-w` sample of
// §2.3 with its width jump), §1.3 (describe blocks: a line without a tab ends the block) and §3
// (an empty DURATION still padded).
const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('')

describe('getTabWriter (minwidth 6, padding 3, RememberWidths)', () => {
  it('pads columns to the widest cell + 3, at least 6, and never pads the last cell', () => {
    const w = getTabWriter()
    w.write('NAME\tSTATUS\tCOMPLETIONS\tDURATION\tAGE\n')
    w.write('hello\tComplete\t1/1\t5s\t2m3s\n')
    w.write('later\tSuspended\t0/1\t\t3s\n')
    w.flush()
    expect(w.take()).toBe(
      lines(
        'NAME    STATUS      COMPLETIONS   DURATION   AGE',
        'hello   Complete    1/1           5s         2m3s',
        'later   Suspended   0/1                      3s',
      ),
    )
  })

  it('keeps widths across flushes and only grows them, as in `kubectl get pods -w`', () => {
    const w = getTabWriter()
    const out: string[] = []
    const row = (s: string) => {
      w.write(s)
      w.flush()
      out.push(w.take())
    }
    row('NAME\tREADY\tSTATUS\tRESTARTS\tAGE\nhello-7xk2p\t0/1\tPending\t0\t0s\n')
    row('hello-7xk2p\t0/1\tPending\t0\t0s\n')
    row('hello-7xk2p\t0/1\tContainerCreating\t0\t0s\n')
    row('hello-7xk2p\t1/1\tRunning\t0\t2s\n')
    expect(out.join('')).toBe(
      lines(
        'NAME          READY   STATUS    RESTARTS   AGE',
        'hello-7xk2p   0/1     Pending   0          0s',
        'hello-7xk2p   0/1     Pending   0          0s',
        'hello-7xk2p   0/1     ContainerCreating   0          0s',
        'hello-7xk2p   1/1     Running             0          2s',
      ),
    )
  })

  it('forgets remembered widths when told to (a new kind in `get jobs,pods`)', () => {
    const w = getTabWriter()
    w.write('a-very-long-name\tx\n')
    w.flush()
    w.take()
    w.setRememberedWidths([])
    w.write('NAME\tAGE\nab\t1s\n')
    w.flush()
    expect(w.take()).toBe(lines('NAME   AGE', 'ab     1s'))
    expect(w.rememberedWidths()).toEqual([7])
  })
})

describe('describeTabWriter (minwidth 0, padding 2)', () => {
  it('aligns each block of tabbed lines on its own; a line without a tab ends the block', () => {
    const w = describeTabWriter()
    w.write('IP:\t10.244.0.12\nIPs:\n  IP:\t10.244.0.12\nControlled By:\tJob/hello\nContainers:\n')
    w.flush()
    expect(w.take()).toBe(lines('IP:  10.244.0.12', 'IPs:', '  IP:           10.244.0.12', 'Controlled By:  Job/hello', 'Containers:'))
  })

  it('pads an empty cell and leaves text without a final newline unterminated', () => {
    const w = describeTabWriter()
    w.write('IP:\t\nIPs:\t<none>\nend')
    w.flush()
    expect(w.take()).toBe('IP:   \nIPs:  <none>\nend')
  })

  it('counts code points, not UTF-16 units, and pads with tabs when asked', () => {
    const w = describeTabWriter()
    w.write('é\tx\nab\ty\n')
    w.flush()
    expect(w.take()).toBe(lines('é   x', 'ab  y'))
    const t = new TabWriter({ minwidth: 0, tabwidth: 8, padding: 1, padchar: '\t' })
    t.write('a\tb\nabcdefgh\tc\n')
    t.flush()
    expect(t.take()).toBe(lines('a\t\tb', 'abcdefgh\tc'))
  })
})

describe('escapeTerminal', () => {
  it('shows ESC and CR as ^[ and \\r', () => {
    expect(escapeTerminal('a\x1b[31mb\rc')).toBe('a^[[31mb\\rc')
  })
})
