// The engine's decision records as a list a learner can read: when (a button that moves the
// playhead there), who decided, the sentence with its numbers, and the Kubernetes documentation
// for the rule. The records of the latest instant are marked: what just happened.
import { useEffect, useRef } from 'react'
import { docFor } from '../../scenario/explain/ruleDocs'
import { formatOffset } from '../../sim/kernel/time'
import type { DecisionEvent } from '../../sim/trace/events'
import { latestInstant } from '../../state/selectors/decisionsAt'
import { appStore } from '../../state/store'
import './why.css'

interface Props {
  records: readonly DecisionEvent[]
  /** Show which object each record is about (off when the list is about one pod). */
  showObject?: boolean
  /** Keep the latest record in view as the playhead moves. */
  follow?: boolean
}

function valueText(v: string | number | boolean | null): string {
  return v === null ? '—' : String(v)
}

export function DecisionList({ records, showObject = false, follow = false }: Props) {
  const latest = latestInstant(records)
  const list = useRef<HTMLOListElement>(null)
  useEffect(() => {
    if (!follow) return
    const now = list.current?.querySelector('.why-now')
    now?.scrollIntoView({ block: 'nearest' })
  }, [follow, latest, records.length])

  const seek = (at: number) => {
    appStore.getState().pause()
    appStore.getState().seek(at)
  }
  return (
    <ol className="why-list" ref={list}>
      {records.map((d, i) => {
        const doc = docFor(d.rule)
        const values = Object.entries(d.values ?? {})
        return (
          <li key={i} className={d.at === latest ? 'why-item why-now' : 'why-item'} data-rule={d.rule}>
            <div className="why-line">
              <button type="button" className="why-at" onClick={() => seek(d.at)} title={`Move the playhead to ${formatOffset(d.at)}`}>{formatOffset(Math.floor(d.at / 1000) * 1000)}</button>
              <span className="why-who">{d.controller}</span>
              {showObject && <span className="why-object">{d.object}</span>}
            </div>
            <p className="why-text">{d.text}</p>
            {(values.length > 0 || doc) && (
              <div className="why-more">
                {values.length > 0 && (
                  <span className="why-values" aria-label="Numbers used">
                    {values.map(([k, v]) => <code key={k}>{k} {valueText(v)}</code>)}
                  </span>
                )}
                {doc && <a className="why-doc" href={doc.url} target="_blank" rel="noopener noreferrer">{doc.title}<span aria-hidden="true"> ↗</span><span className="visually-hidden"> (Kubernetes documentation, opens in a new tab)</span></a>}
              </div>
            )}
          </li>
        )
      })}
    </ol>
  )
}
