// The Share button: builds a link to the scenario as it is now (with playhead and selected pod),
// copies it when the browser allows, and shows it with its length so it can be copied by hand.
import { useEffect, useRef, useState } from 'react'
import { lessonActions } from '../../state/lesson'

type Copy = 'copying' | 'copied' | 'manual'

export function SharePopover() {
  const [link, setLink] = useState<string | null>(null)
  const [copy, setCopy] = useState<Copy>('copying')
  const field = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (!link) return
    field.current?.select()
    const close = (e: KeyboardEvent) => { if (e.key === 'Escape') setLink(null) }
    window.addEventListener('keydown', close)
    return () => window.removeEventListener('keydown', close)
  }, [link])

  function share() {
    const url = lessonActions.currentShareUrl(window.location.href)
    if (!url) return
    setLink(url)
    setCopy('copying')
    // Clipboard access needs permission (and a secure context); without it the field is there.
    const write = navigator.clipboard?.writeText(url)
    if (!write) return setCopy('manual')
    write.then(() => setCopy('copied'), () => setCopy('manual'))
  }

  return (
    <div className="share">
      <button type="button" className="small-button" onClick={() => (link ? setLink(null) : share())} aria-expanded={link !== null}>Share</button>
      {link && (
        <div className="share-popover" role="dialog" aria-label="Share link">
          <input ref={field} readOnly value={link} aria-label="Link to this scenario" onFocus={(e) => e.currentTarget.select()} />
          <p className="muted">
            <span data-testid="share-length">{link.length} characters</span> ·{' '}
            {copy === 'copied' ? 'copied to the clipboard' : copy === 'manual' ? 'copy it from the field' : 'copying…'}
          </p>
          <p className="share-export">
            {/* Loaded on demand: the script builder is not part of the first paint. */}
            <button type="button" className="small-button" onClick={() => void import('./exportScript').then((m) => m.downloadScript())}>Export script</button>{' '}
            <span className="muted">a bash script of kubectl commands and the expected events, to check this on a real cluster</span>
          </p>
          <button type="button" className="link-button" onClick={() => setLink(null)}>close</button>
        </div>
      )}
    </div>
  )
}
