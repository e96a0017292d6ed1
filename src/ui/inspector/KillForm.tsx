// "Kill container here…": a small inline form for `chaos kill` at the playhead — the exit code
// (137, SIGKILL, by default), or the OOM killer, and optionally which container. A bad exit code
// is said next to the field and the typed text stays.
import { useId, useState } from 'react'
import { DEFAULT_KILL, killCommand, parseExitCode } from './chaosCommands'

export function KillForm({ pod, containers, onKill, onCancel }: { pod: string; containers: string[]; onKill: (command: string) => void; onCancel: () => void }) {
  const id = useId()
  const [code, setCode] = useState(String(DEFAULT_KILL.exitCode))
  const [oom, setOom] = useState(false)
  const [container, setContainer] = useState('')
  const exitCode = parseExitCode(code)
  const bad = !oom && exitCode === null
  const command = killCommand(pod, { container, exitCode: oom ? 137 : exitCode ?? 137, oom })
  return (
    <form className="inspector-kill" aria-label={`Kill a container of ${pod}`}
      onSubmit={(e) => {
        e.preventDefault()
        if (!bad) onKill(command)
      }}>
      <label htmlFor={`${id}-code`}>Exit code</label>
      <input id={`${id}-code`} className="kill-code" inputMode="numeric" value={oom ? '137' : code} disabled={oom} aria-invalid={bad}
        aria-describedby={bad ? `${id}-bad` : undefined} onChange={(e) => setCode(e.target.value)} />
      <label className="kill-oom"><input type="checkbox" checked={oom} onChange={(e) => setOom(e.target.checked)} /> OOM killer (137, OOMKilled)</label>
      <label htmlFor={`${id}-container`}>Container</label>
      <input id={`${id}-container`} className="kill-container" list={`${id}-containers`} placeholder="default" value={container} onChange={(e) => setContainer(e.target.value)} />
      <datalist id={`${id}-containers`}>{containers.map((c) => <option key={c} value={c} />)}</datalist>
      <button type="submit" className="small-button" disabled={bad} title={`Runs ${command} as a step of the scenario`}>Kill</button>
      <button type="button" className="small-button" onClick={onCancel}>Cancel</button>
      {bad && <span id={`${id}-bad`} className="kill-bad" role="alert">An exit code is a whole number from 0 to 255.</span>}
      <code className="kill-preview">$ {command}</code>
    </form>
  )
}
