// Keyboard shortcuts for playback: Space plays/pauses, ←/→ step between events, Home/End jump;
// D, P, W, J, C step to the next decision, pod change, write, Job change, command (Shift: the
// previous one). Ignored while the learner types in the editor, the console or a form field, and
// when a focused part of the page already handled the key (the timeline scrubs with ←/→).
import { useEffect } from 'react'
import { stepNarrated } from '../narration/narratedStep'
import { STEP_KINDS } from '../narration/narrator'
import { stepToEvent, togglePlay } from './transportActions'
import { appStore } from '../../state/store'

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  return Boolean(target.closest('input, textarea, select, [contenteditable="true"], .monaco-editor, .xterm'))
}

export function useTransportKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return
      const s = appStore.getState()
      const actions: Record<string, () => void> = {
        ' ': togglePlay,
        ArrowRight: () => stepToEvent(1),
        ArrowLeft: () => stepToEvent(-1),
        Home: () => s.seek(0),
        End: () => s.seek(s.end),
      }
      const narrated = STEP_KINDS.find((k) => k.key === e.key.toUpperCase())?.kind
      const action = actions[e.key] ?? (narrated && (() => stepNarrated(narrated, e.shiftKey ? -1 : 1)))
      if (!action || (e.key === ' ' && e.target instanceof HTMLButtonElement)) return
      e.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
