// The page layout of DESIGN §5: editor on the left; timeline above, observer and console below
// on the right; transport along the top.

export function App() {
  return (
    <div className="app">
      <header className="topbar">
        <h1>Kubernetes Job Playground</h1>
        <div className="transport" role="toolbar" aria-label="Playback">
          <span className="clock" aria-live="off">t = 0s</span>
        </div>
      </header>
      <main className="panes">
        <section className="pane editor" aria-label="YAML editor" data-region="editor">
          <h2 className="pane-title">demo-job-completion.yaml</h2>
          <p className="placeholder">The YAML editor loads here.</p>
        </section>
        <section className="pane timeline" aria-label="Timeline" data-region="timeline">
          <h2 className="pane-title">Timeline</h2>
          <p className="placeholder">Pods appear here as the Job runs.</p>
        </section>
        <section className="pane observer" aria-label="Observer" data-region="observer">
          <h2 className="pane-title">/data/message.txt</h2>
          <p className="placeholder">Lines the pods write appear here.</p>
        </section>
      </main>
    </div>
  )
}
