// Lesson text marks code with backticks (docs/LESSONS.md). Rendered as React text nodes, never as
// HTML, so nothing in a lesson (or a link) can inject markup.
export function InlineText({ text }: { text: string }) {
  const parts = text.split('`')
  // Odd parts sat between backticks; an unmatched backtick leaves a trailing plain part.
  return <>{parts.map((p, i) => (i % 2 === 1 && i < parts.length - 1 ? <code key={i}>{p}</code> : <span key={i}>{i % 2 === 1 ? `\`${p}` : p}</span>))}</>
}
