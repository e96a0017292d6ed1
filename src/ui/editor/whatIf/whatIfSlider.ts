// The what-if slider: a Monaco content widget that appears below a tunable number (numberAt.ts)
// when the pointer rests on it or the cursor is in it. Moving the slider rewrites the number in
// the model — one undo stop per drag (or run of key presses), so Ctrl-Z puts the old number
// back — and asks for a live re-simulation (no debounce; the caller coalesces). Alt+S moves the
// focus to the slider; Escape gives it back to the editor.
import type * as Monaco from 'monaco-editor/editor'
import { requestMorph } from '../../timeline/morphRequest'
import { setEditInEditor } from './editorBridge'
import { numberAt, type TunableNumber } from './numberAt'
import './whatIf.css'

type Editor = Monaco.editor.IStandaloneCodeEditor
type MonacoApi = typeof Monaco

const HIDE_DELAY_MS = 400

export interface WhatIfOptions {
  /** Called after each slider step has changed the model (the model's own listeners ran already). */
  afterEdit: () => void
  /** The file the editor's model holds, for `whatIf` from the page API (editorBridge.ts). */
  shownFile: () => string
}

export function installWhatIfSlider(monaco: MonacoApi, editor: Editor, options: WhatIfOptions): Monaco.IDisposable {
  // Monaco sets the widget node's own display and position; the layout lives on an inner box.
  const node = document.createElement('div')
  const box = document.createElement('div')
  box.className = 'whatif-widget'
  box.setAttribute('role', 'group')
  node.append(box)
  const label = document.createElement('label')
  const name = document.createElement('span')
  name.className = 'whatif-name'
  const input = document.createElement('input')
  input.type = 'range'
  input.className = 'whatif-range'
  const out = document.createElement('output')
  out.className = 'whatif-value'
  label.append(name, input)
  box.append(label, out)

  let current: TunableNumber | null = null
  let dragging = false
  let applying = false
  let hideTimer: ReturnType<typeof setTimeout> | null = null

  const widget: Monaco.editor.IContentWidget = {
    getId: () => 'playground.whatIfSlider',
    getDomNode: () => node,
    getPosition: () => {
      const model = editor.getModel()
      if (!current || !model) return null
      const { ContentWidgetPositionPreference: P } = monaco.editor
      return { position: model.getPositionAt(current.start), preference: [P.BELOW, P.ABOVE] }
    },
    allowEditorOverflow: true,
  }
  let added = false
  let hoverWas: 'on' | 'off' | 'onKeyboardModifier' = 'on'

  const cancelHide = () => {
    if (hideTimer) clearTimeout(hideTimer)
    hideTimer = null
  }
  const hide = () => {
    cancelHide()
    if (dragging || node.contains(document.activeElement)) return
    // The cursor still in the number (after Escape, say) keeps the slider where it is.
    if (current && editor.hasTextFocus() && tunableAt(editor.getPosition())?.start === current.start) return
    current = null
    if (added) {
      editor.removeContentWidget(widget)
      editor.updateOptions({ hover: { enabled: hoverWas } })
    }
    added = false
  }
  const hideSoon = () => {
    if (!hideTimer && current) hideTimer = setTimeout(hide, HIDE_DELAY_MS)
  }
  const show = (t: TunableNumber) => {
    cancelHide()
    const same = current && current.start === t.start && current.path === t.path
    // While the slider is in use, the pointer passing over another number does not take it away.
    if (current && !same && (dragging || node.contains(document.activeElement))) return
    current = t
    if (!same || !dragging) {
      input.min = String(t.min)
      input.max = String(t.max)
      input.step = String(t.step)
      input.value = String(t.value)
    }
    name.textContent = t.label
    input.setAttribute('aria-label', `What if: ${t.label}`)
    input.title = `Drag to try other values of ${t.label}; the timeline re-simulates. Ctrl-Z undoes a drag.`
    out.textContent = String(t.value)
    if (added) {
      editor.layoutContentWidget(widget)
    } else {
      // The schema hover for the same number would cover the slider: off while the slider shows.
      hoverWas = editor.getOption(monaco.editor.EditorOption.hover).enabled
      editor.updateOptions({ hover: { enabled: 'off' } })
      editor.addContentWidget(widget)
    }
    added = true
  }
  const tunableAt = (position: Monaco.IPosition | null | undefined): TunableNumber | null => {
    const model = editor.getModel()
    if (!model || !position) return null
    return numberAt(model.getValue(), model.getOffsetAt(position))
  }

  const endDrag = () => {
    if (!dragging) return
    dragging = false
    editor.pushUndoStop()
  }
  const apply = (value: number) => {
    const model = editor.getModel()
    if (!model || !current || value === current.value) return
    if (!dragging) {
      // One undo stop before and one after the whole drag: Ctrl-Z undoes the drag at once.
      dragging = true
      editor.pushUndoStop()
    }
    const from = model.getPositionAt(current.start)
    const to = model.getPositionAt(current.end)
    const text = String(value)
    requestMorph()
    applying = true
    try {
      editor.executeEdits('what-if-slider', [{ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text }])
    } finally {
      applying = false
    }
    current = { ...current, end: current.start + text.length, value }
    out.textContent = text
    options.afterEdit()
  }

  input.addEventListener('input', () => apply(Number(input.value)))
  // A session — one undo stop — is a pointer drag, or the key presses made while the slider keeps
  // the focus: Ctrl-Z in the editor (which takes the focus back) undoes all of them at once.
  input.addEventListener('pointerup', endDrag)
  input.addEventListener('blur', () => {
    endDrag()
    hideSoon()
  })
  input.addEventListener('keydown', (e) => {
    // The range input handles its own keys; the editor's keybindings must not see them.
    e.stopPropagation()
    if (e.key !== 'Escape') return
    e.preventDefault()
    endDrag()
    editor.focus()
  })
  node.addEventListener('pointerenter', cancelHide)
  node.addEventListener('pointerleave', () => { if (!dragging) hideSoon() })

  setEditInEditor((file, start, end, text) => {
    const model = editor.getModel()
    if (!model || file !== options.shownFile()) return false
    const from = model.getPositionAt(start)
    const to = model.getPositionAt(end)
    editor.pushUndoStop()
    editor.executeEdits('what-if', [{ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text }])
    editor.pushUndoStop()
    return true
  })

  const { MouseTargetType } = monaco.editor
  const disposables: Monaco.IDisposable[] = [
    editor.onMouseMove((e) => {
      const t = e.target.type === MouseTargetType.CONTENT_TEXT ? tunableAt(e.target.position) : null
      if (t) show(t)
      else if (e.target.type !== MouseTargetType.CONTENT_WIDGET) hideSoon()
    }),
    editor.onMouseLeave(() => hideSoon()),
    editor.onDidChangeCursorPosition((e) => {
      if (applying) return
      const t = tunableAt(e.position)
      if (t) show(t)
      else hideSoon()
    }),
    editor.onDidChangeModelContent(() => {
      // Typing or undo moved the text under the widget: look again where the cursor is.
      if (applying || dragging) return
      const t = tunableAt(editor.getPosition())
      if (t) show(t)
      else hide()
    }),
    editor.onDidChangeModel(() => {
      dragging = false
      hide()
    }),
    editor.addAction({
      id: 'playground.whatIfSlider.focus',
      label: 'What if: tune this number with a slider',
      keybindings: [monaco.KeyMod.Alt | monaco.KeyCode.KeyS],
      run: () => {
        const t = tunableAt(editor.getPosition())
        if (!t) return
        show(t)
        input.focus()
      },
    }),
  ]

  return {
    dispose() {
      setEditInEditor(null)
      cancelHide()
      disposables.forEach((d) => d.dispose())
      if (added) {
        editor.removeContentWidget(widget)
        editor.updateOptions({ hover: { enabled: hoverWas } })
      }
    },
  }
}
