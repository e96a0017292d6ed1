// File descriptors inside the shell. Output goes to sinks (the container log, a file, a capture
// buffer for `$(…)` and pipes); input is a string with a read position, shared by the commands
// of one redirection so `while read line; do …; done < file` walks the file line by line.

export interface OutFd {
  readonly kind: 'out'
  write(text: string): void
}

export class InStream {
  constructor(
    readonly text: string,
    public pos = 0,
  ) {}

  /** Everything not read yet, which then counts as read (a command that reads stdin reads it all). */
  takeRest(): string {
    const rest = this.pos === 0 ? this.text : this.text.slice(this.pos)
    this.pos = this.text.length
    return rest
  }

  /** The next line without its newline, or null at end of input. `eol` tells whether a newline ended it. */
  readLine(): { line: string; eol: boolean } | null {
    if (this.pos >= this.text.length) return null
    const nl = this.text.indexOf('\n', this.pos)
    const end = nl < 0 ? this.text.length : nl
    const line = this.text.slice(this.pos, end)
    this.pos = nl < 0 ? end : nl + 1
    return { line, eol: nl >= 0 }
  }
}

export interface InFd {
  readonly kind: 'in'
  readonly stream: InStream
}

export type Fd = OutFd | InFd

/** Open descriptors by number (0–9); undefined is closed. */
export type Fds = readonly (Fd | undefined)[]

export const inFd = (text: string): InFd => ({ kind: 'in', stream: new InStream(text) })

export const outFd = (write: (text: string) => void): OutFd => ({ kind: 'out', write })

export const NULL_OUT: OutFd = outFd(() => {})

export function writeFd(fds: Fds, n: number, text: string): void {
  const fd = fds[n]
  if (fd?.kind === 'out' && text) fd.write(text)
}

/** Largest output a capture keeps (a pipe or `$(…)`); more is dropped, as if the reader stopped reading. */
export const CAPTURE_LIMIT = 4_000_000

/** Collects output for `$(…)` and the left side of a pipe. */
export class Capture implements OutFd {
  readonly kind = 'out'
  private chunks: string[] = []
  private size = 0

  write(text: string): void {
    if (this.size >= CAPTURE_LIMIT) return
    const room = CAPTURE_LIMIT - this.size
    const t = text.length > room ? text.slice(0, room) : text
    this.chunks.push(t)
    this.size += t.length
  }

  text(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')]
    return this.chunks[0] ?? ''
  }
}

/** Replaces one descriptor in a copy of `fds`. */
export function withFd(fds: Fds, n: number, fd: Fd | undefined): (Fd | undefined)[] {
  const out = fds.slice()
  out[n] = fd
  return out
}
