// Keyboard shortcuts for playback: Space plays/pauses, ←/→ step between events, Home/End jump.
// Ignored while the learner types in the editor, the console or a form field.
import { useEffect } from 'react'
import { stepToEvent, togglePlay } from './transportActions'
import { appStore } from '../../state/store'

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  return Boolean(target.closest('input, textarea, select, [contenteditable="true"], .monaco-editor, .xterm'))
}

export function useTransportKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return
      const s = appStore.getState()
      const actions: Record<string, () => void> = {
        ' ': togglePlay,
        ArrowRight: () => stepToEvent(1),
        ArrowLeft: () => stepToEvent(-1),
        Home: () => s.seek(0),
        End: () => s.seek(s.end),
      }
      const action = actions[e.key]
      if (!action || (e.key === ' ' && e.target instanceof HTMLButtonElement)) return
      e.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
