// The kubectl console: an xterm.js terminal with a prompt, history and Tab completion. Each
// command runs at the playhead as a scenario step (actions.runCommand) and prints the output
// the simulation recorded for it; a watch (`-w`) prints its rows as the playhead reaches them.
import '@xterm/xterm/css/xterm.css'
import { Terminal } from '@xterm/xterm'
import { useEffect, useRef } from 'react'
import { isWatchStep } from '../../scenario/watchStep'
import type { CommandEvent } from '../../sim/trace/events'
import { actions } from '../../state/actions'
import { jobsAt, podsAt } from '../../state/selectors/objectsAt'
import { appStore } from '../../state/store'
import { useTheme } from '../app/theme'
import { complete } from './completion'
import { advanceOutput } from './watchStream'
import { backspace, emptyLine, historyDown, historyUp, submit, typeText, type LineState } from './lineEditor'

/** Drops control characters (pasted tabs, bells) but keeps printable text. */
const stripControl = (text: string) => [...text].filter((c) => c >= ' ' && c !== '\x7f').join('')
const PROMPT = '\x1b[38;5;39m$\x1b[0m '
const FONT_SIZE = 12.5
const FONT_FAMILY = 'ui-monospace, "SF Mono", Menlo, Consolas, monospace'

function terminalTheme() {
  const css = getComputedStyle(document.documentElement)
  const v = (name: string) => css.getPropertyValue(name).trim()
  // Hints are written in bright black (SGR 90), set to the page's muted text colour: dim text
  // (SGR 2) would be blended to below 4.5:1 contrast.
  return { background: v('--pane'), foreground: v('--fg'), cursor: v('--accent'), selectionBackground: v('--selection'), brightBlack: v('--muted') }
}

/** The terminal's character cell, measured in its font (there is no fit addon in the bundle). */
function measureCell(el: HTMLElement): { width: number; height: number } {
  const probe = document.createElement('span')
  probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font-size:${FONT_SIZE}px;font-family:${FONT_FAMILY}`
  probe.textContent = 'W'.repeat(50)
  el.appendChild(probe)
  const box = probe.getBoundingClientRect()
  probe.remove()
  return { width: box.width / 50 || FONT_SIZE * 0.6, height: Math.ceil(box.height) || FONT_SIZE * 1.2 }
}

function completionContext() {
  const s = appStore.getState()
  const trace = s.trace
  return {
    pods: trace ? podsAt(trace, s.time).map((p) => p.name) : [],
    jobs: trace ? jobsAt(trace, s.time).map((j) => j.name) : [],
    files: Object.keys(s.files),
    // The nodes pods ran on, by the trace (every cluster has node-1).
    nodes: [...new Set(['node-1', ...(trace?.events ?? []).flatMap((e) => (e.type === 'pod' && e.node ? [e.node] : []))])].sort(),
  }
}

export default function KubectlConsole() {
  const host = useRef<HTMLDivElement>(null)
  const term = useRef<Terminal | null>(null)
  const theme = useTheme((s) => s.theme)

  useEffect(() => {
    const el = host.current
    if (!el) return
    const t = new Terminal({ fontSize: FONT_SIZE, fontFamily: FONT_FAMILY, cursorBlink: true,
      convertEol: true, scrollback: 2000, theme: terminalTheme(), allowProposedApi: false })
    term.current = t
    t.open(el)
    let state: LineState = emptyLine()
    let busy = false
    /** Stops the running watch, if any (Ctrl-C). */
    let stopWatching: (() => void) | null = null
    const redraw = () => t.write(`\x1b[2K\r${PROMPT}${state.line}`)
    t.writeln('\x1b[90mkubectl runs at the playhead · Tab · ↑↓\x1b[0m')
    redraw()

    // A watch prints what it had printed by the playhead, then the rest as time plays, until the
    // learner presses Ctrl-C; the prompt comes back then, as in a real terminal.
    const watch = (event: CommandEvent) => new Promise<void>((resolve) => {
      let progress = advanceOutput(event, appStore.getState().time)
      t.write(progress.text)
      t.writeln('\x1b[90m(watching: rows appear as time plays · Ctrl-C stops)\x1b[0m')
      const unsubscribe = appStore.subscribe((s, prev) => {
        if (s.time === prev.time || progress.done) return
        progress = advanceOutput(event, s.time, progress.shown)
        if (progress.text) t.write(progress.text)
      })
      stopWatching = () => {
        unsubscribe()
        stopWatching = null
        t.write('^C\r\n')
        resolve()
      }
    })

    const run = async (command: string) => {
      if (command === 'clear') return t.clear()
      if (!command) return
      busy = true
      const line = command.startsWith('k ') ? `kubectl${command.slice(1)}` : command
      const event = await actions.runCommand(line)
      if (event && (event.stream || isWatchStep(line))) await watch(event)
      else {
        const output = event ? event.output : 'error: the simulation did not run this command\n'
        t.write(output.endsWith('\n') || output === '' ? output : `${output}\n`)
      }
      busy = false
    }
    const onData = t.onData(async (data) => {
      if (stopWatching) {
        if (data === '\x03') stopWatching()
        return
      }
      if (busy) return
      if (data === '\r') {
        const { command, next } = submit(state)
        state = next
        t.write('\r\n')
        await run(command)
        redraw()
      } else if (data === '\x7f' || data === '\b') state = backspace(state)
      else if (data === '\t') {
        const { line, options } = complete(state.line, completionContext())
        if (options.length) t.write(`\r\n${options.join('  ')}\r\n`)
        state = { ...state, line }
      } else if (data === '\x1b[A') state = historyUp(state)
      else if (data === '\x1b[B') state = historyDown(state)
      else if (data === '\x03') {
        t.write('^C\r\n')
        state = emptyLine(state.history)
      } else if (data === '\x0c') t.clear()
      else if (!data.startsWith('\x1b')) state = typeText(state, stripControl(data))
      redraw()
    })

    const cell = measureCell(el)
    const fit = () => {
      const cols = Math.max(20, Math.floor((el.clientWidth - 14) / cell.width))
      const rows = Math.max(4, Math.floor(el.clientHeight / cell.height))
      if (cols !== t.cols || rows !== t.rows) t.resize(cols, rows)
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(el)
    return () => {
      stopWatching?.()
      observer.disconnect()
      onData.dispose()
      t.dispose()
      term.current = null
    }
  }, [])

  useEffect(() => {
    // The CSS variables change with <html data-theme>, which App sets in an effect; read them after it.
    const frame = requestAnimationFrame(() => { if (term.current) term.current.options.theme = terminalTheme() })
    return () => cancelAnimationFrame(frame)
  }, [theme])

  return <div ref={host} className="console-host" aria-label="kubectl console" />
}
