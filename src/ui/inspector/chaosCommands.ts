// The `chaos` lines the pod inspector's buttons record as steps at the playhead (the command
// itself lives in src/scenario/chaos). Pure, so what a button types is tested without a page.

export interface KillChoice {
  /** Empty: the pod's default container. */
  container: string
  exitCode: number
  oom: boolean
}

export const DEFAULT_KILL: KillChoice = { container: '', exitCode: 137, oom: false }

/** `chaos kill POD [-c C] [--oom | --exit-code N]`; 137 is the command's default and is left out. */
export function killCommand(pod: string, k: KillChoice): string {
  const words = ['chaos', 'kill', pod]
  const container = k.container.trim()
  if (container) words.push('-c', container)
  if (k.oom) words.push('--oom')
  else if (k.exitCode !== 137) words.push('--exit-code', String(k.exitCode))
  return words.join(' ')
}

/** `chaos node-down NODE` or `chaos node-up NODE`. */
export const nodeCommand = (node: string, down: boolean): string => `chaos ${down ? 'node-down' : 'node-up'} ${node}`

/** An exit code typed in the form: an integer 0–255, or null (the form says so and keeps the text). */
export function parseExitCode(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null
  const n = Number(text)
  return n <= 255 ? n : null
}
