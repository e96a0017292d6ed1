// A draggable, keyboard-operable divider between two panes. It reports a new fraction (0–1) of
// its container; the layout owns the numbers.
import type { KeyboardEvent, PointerEvent } from 'react'

interface Props {
  orientation: 'vertical' | 'horizontal'
  /** Current fraction of the container before the divider. */
  value: number
  onChange: (fraction: number) => void
  label: string
  min?: number
  max?: number
}

export function Splitter({ orientation, value, onChange, label, min = 0.15, max = 0.85 }: Props) {
  const clamp = (f: number) => Math.min(max, Math.max(min, f))
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const container = e.currentTarget.parentElement
    if (!container) return
    e.currentTarget.setPointerCapture(e.pointerId)
    const box = container.getBoundingClientRect()
    const move = (ev: globalThis.PointerEvent) => onChange(clamp(orientation === 'vertical'
      ? (ev.clientX - box.left) / box.width
      : (ev.clientY - box.top) / box.height))
    const target = e.currentTarget
    const up = () => {
      target.removeEventListener('pointermove', move)
      target.removeEventListener('pointerup', up)
    }
    target.addEventListener('pointermove', move)
    target.addEventListener('pointerup', up)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const dec = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp'
    const inc = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown'
    if (e.key !== dec && e.key !== inc) return
    e.preventDefault()
    e.stopPropagation()
    onChange(clamp(value + (e.key === inc ? 0.03 : -0.03)))
  }
  return (
    <div className={`splitter splitter-${orientation}`} role="separator" tabIndex={0} aria-label={label}
      aria-orientation={orientation} aria-valuenow={Math.round(value * 100)} aria-valuemin={Math.round(min * 100)} aria-valuemax={Math.round(max * 100)}
      onPointerDown={onPointerDown} onKeyDown={onKeyDown} />
  )
}
