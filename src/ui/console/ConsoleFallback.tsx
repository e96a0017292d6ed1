// Shown until the terminal code has loaded.
export function ConsoleFallback() {
  return <div className="console-fallback" aria-busy="true">$ <span className="muted">loading the console…</span></div>
}
