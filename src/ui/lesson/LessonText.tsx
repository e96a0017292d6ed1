// The lesson's paragraphs. A paragraph about a moment (`at`) offers a link that moves the
// playhead there, so the learner sees what the sentence describes.
import { formatOffset } from '../../sim/kernel/time'
import type { Paragraph } from '../../scenario/lessons'
import { appStore } from '../../state/store'
import { InlineText } from './InlineText'

function jumpTo(ms: number) {
  const s = appStore.getState()
  s.pause()
  s.seek(ms)
}

export function LessonText({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  return (
    <div className="lesson-text">
      {paragraphs.map((p, i) => (
        <p key={i}>
          <InlineText text={p.text} />
          {p.at !== undefined && (
            <> <button type="button" className="link-button jump" onClick={() => jumpTo(p.at ?? 0)} title="Move the playhead to this moment">
              jump to {formatOffset(p.at)}
            </button></>
          )}
        </p>
      ))}
    </div>
  )
}
