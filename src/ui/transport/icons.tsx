// Small stroke icons for the transport, drawn inline so nothing is fetched.
const paths = {
  play: 'M7 5l11 7-11 7z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  start: 'M6 5v14M18 5l-9 7 9 7z',
  end: 'M18 5v14M6 5l9 7-9 7z',
  prev: 'M11 6l-6 6 6 6M19 6l-6 6 6 6',
  next: 'M13 6l6 6-6 6M5 6l6 6-6 6',
  sun: 'M12 4v2M12 18v2M4 12h2M18 12h2M6.3 6.3l1.4 1.4M16.3 16.3l1.4 1.4M6.3 17.7l1.4-1.4M16.3 7.7l1.4-1.4M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z',
  moon: 'M19 14.5A7.5 7.5 0 0 1 9.5 5a7.5 7.5 0 1 0 9.5 9.5z',
} as const

export type IconName = keyof typeof paths

export function Icon({ name }: { name: IconName }) {
  const filled = name === 'play' || name === 'pause' || name === 'start' || name === 'end'
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"
      fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={filled ? 0 : 1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[name]} />
      {(name === 'start' || name === 'end') && <path d={name === 'start' ? 'M6 5v14' : 'M18 5v14'} stroke="currentColor" strokeWidth={2} />}
    </svg>
  )
}
