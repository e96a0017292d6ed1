// The observer: each hostPath file the pods write, as it is at the playhead, one tab per file.
// Every line carries its writer; lines from the selected pod light up.
import { useEffect, useMemo, useRef, useState } from 'react'
import { splitNodePath } from '../../sim/trace/nodePath'
import { containerPath } from '../../state/selectors/containerPath'
import { filePaths, filesAt } from '../../state/selectors/filesAt'
import { appStore } from '../../state/store'
import { useAppStore } from '../hooks/useAppStore'
import { useTimelineLayout } from '../hooks/useTimelineLayout'
import { writerCategory, writerTag } from './writerCategory'

/** Lines kept in the DOM: the newest ones. A 10,000-pod run would otherwise re-render
 * 20,000 list items every animation frame. */
const MAX_LINES = 400
/** The file the seed labs watch; shown first when a run writes it. */
const DEFAULT_PATH = '/tmp/data/message.txt'

export function ObserverPane() {
  const trace = useAppStore((s) => s.trace)
  const time = useAppStore((s) => s.time)
  const selectedPod = useAppStore((s) => s.selectedPod)
  const layout = useTimelineLayout()
  const paths = useMemo(() => (trace ? filePaths(trace) : []), [trace])
  const mounts = useAppStore((s) => s.mounts)
  const views = useMemo(() => (trace ? filesAt(trace, time) : {}), [trace, time])
  const [chosen, setChosen] = useState<string | null>(null)
  const active = chosen && paths.includes(chosen) ? chosen : (paths.find((p) => splitNodePath(p).path === DEFAULT_PATH) ?? paths[0] ?? null)
  const view = active ? views[active] : undefined
  const podRows = useMemo(() => new Map(layout?.rows.filter((r) => r.kind === 'pod').map((r) => [r.name, r]) ?? []), [layout])
  const body = useRef<HTMLOListElement>(null)

  const lines = view?.lines ?? []
  const hidden = Math.max(0, lines.length - MAX_LINES)
  const shown = hidden ? lines.slice(hidden) : lines

  useEffect(() => {
    const el = body.current
    if (el) el.scrollTop = el.scrollHeight
  }, [view?.lines.length])

  if (!active) return <p className="observer-empty">No pod has written to a hostPath file yet.</p>
  return (
    <div className="observer">
      <div className="tabs" role="tablist" aria-label="Files on the node">
        {paths.map((p) => {
          const { node, path } = splitNodePath(p)
          return (
            <button key={p} type="button" role="tab" aria-selected={p === active} className="tab"
              title={node ? `On ${node}: ${path}` : `On the node: ${path}`} onClick={() => setChosen(p)}>
              {containerPath(path, mounts) ?? path}{node && <span className="tab-node"> on {node}</span>}
            </button>
          )
        })}
        {selectedPod ? (
          <span className="observer-meta selection">
            {lines.filter((l) => l.pod === selectedPod).length} of {lines.length} from <code>{selectedPod}</code>
            <button type="button" className="clear" onClick={() => appStore.getState().selectPod(null)} aria-label="Clear the pod selection">×</button>
          </span>
        ) : (
          <span className="observer-meta">{view ? `${lines.length} ${lines.length === 1 ? 'line' : 'lines'}` : 'not written yet'}</span>
        )}
      </div>
      {/* The panel wraps the list so the lines stay a list for screen readers; the list scrolls,
          so it takes focus for keyboard scrolling. */}
      <div className="file-panel" role="tabpanel" aria-label={`Contents of ${active}`}>
      <ol ref={body} key={view?.truncatedAt ?? 0} className={`file-lines${view?.truncatedAt ? ' replaced' : ''}${selectedPod ? ' has-selection' : ''}`}
        tabIndex={0} aria-label={`Lines of ${active}`} data-path={active} style={{ counterReset: `line ${hidden}` }}>
        {hidden > 0 && <li className="earlier" aria-label={`${hidden} earlier lines not shown`}>… {hidden.toLocaleString('en')} earlier lines</li>}
        {shown.map((line, i) => (
          <li key={`${hidden + i}:${line.at}`} data-writer={line.writer} className={line.pod === selectedPod ? 'selected' : undefined}>
            <span className={`writer-tag c-${writerCategory(podRows.get(line.pod), line.at)}`} title={line.writer}>
              {writerTag(line.writer, podRows.get(line.pod)?.job ?? null)}
            </span>
            <span className="line-text">{line.text}</span>
          </li>
        ))}
      </ol>
      </div>
    </div>
  )
}
