// The page layout of DESIGN §5: the editor on the left; the timeline top-right; the observer and
// the kubectl console bottom-right; transport along the top. Monaco and xterm load after the
// first run is drawn, so the timeline paints first.
import { lazy, Suspense, useEffect, useState, type CSSProperties } from 'react'
import { ConsoleFallback } from '../console/ConsoleFallback'
import { EditorFallback } from '../editor/EditorFallback'
import { FileTabs } from '../editor/FileTabs'
import { ObserverPane } from '../observer/ObserverPane'
import { useAppStore } from '../hooks/useAppStore'
import { PodInspector } from '../inspector/PodInspector'
import { LessonPanel } from '../lesson/LessonPanel'
import { NarrationCaption } from '../narration/NarrationCaption'
import { NarrationList } from '../narration/NarrationList'
import { PredictButton } from '../predict/PredictButton'
import { CompareButton } from '../compare/CompareButton'
import { CompareEditorSwitch } from '../compare/CompareEditorSwitch'
import { CompareView } from '../compare/CompareView'
import { SharePopover } from '../share/SharePopover'
import { WhyPanel } from '../why/WhyPanel'
import { EventTable } from '../timeline/EventTable'
import { TimelineView } from '../timeline/TimelineView'
import { Icon } from '../transport/icons'
import { Transport } from '../transport/Transport'
import { usePlaybackLoop } from '../transport/usePlaybackLoop'
import { useTransportKeys } from '../transport/useTransportKeys'
import { afterFirstPaint } from './afterFirstPaint'
import { Splitter } from './Splitter'
import { StatusBanner } from './StatusBanner'
import { applyTheme, useTheme } from './theme'

const YamlEditor = lazy(() => afterFirstPaint().then(() => import('../editor/YamlEditor')))
const KubectlConsole = lazy(() => afterFirstPaint().then(() => import('../console/KubectlConsole')))

// The lesson panel starts open only where it leaves the editor and timeline their room (a wide
// window); elsewhere the Lesson button opens it.
const roomForLesson = () => typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 1360px)').matches

export function App() {
  const theme = useTheme((s) => s.theme)
  const toggleTheme = useTheme((s) => s.toggle)
  const [left, setLeft] = useState(0.36)
  const [top, setTop] = useState(0.58)
  const [bottomSplit, setBottomSplit] = useState(0.6)
  const [view, setView] = useState<'chart' | 'table' | 'narration'>('chart')
  const [lessonOpen, setLessonOpen] = useState(roomForLesson)
  const [bottomView, setBottomView] = useState<'console' | 'pod' | 'why'>('console')
  // Selecting a pod on the timeline is asking about it: show the inspector.
  const selectedPod = useAppStore((s) => s.selectedPod)
  useEffect(() => { if (selectedPod) setBottomView('pod') }, [selectedPod])
  // Selecting a Job asks why it did what it did.
  const selectedJob = useAppStore((s) => s.selectedJob)
  useEffect(() => { if (selectedJob) setBottomView('why') }, [selectedJob])
  useEffect(() => applyTheme(theme), [theme])
  usePlaybackLoop()
  useTransportKeys()

  return (
    <div className="app">
      <header className="topbar">
        <h1><span className="logo" aria-hidden="true" />Job Playground</h1>
        <button type="button" className="small-button" aria-pressed={lessonOpen} onClick={() => setLessonOpen(!lessonOpen)}
          title={lessonOpen ? 'Hide the lesson' : 'Show the lesson'}>Lesson</button>
        <Transport />
        <PredictButton />
        <CompareButton />
        <SharePopover />
        <button type="button" className="icon-button" onClick={toggleTheme}
          aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'} title="Toggle light/dark theme">
          <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
        </button>
      </header>
      <div className={lessonOpen ? 'workspace with-lesson' : 'workspace'}>
      {lessonOpen && <LessonPanel />}
      <main className="panes" style={{ '--split': `${left * 100}%` } as CSSProperties}>
        <section className="pane editor" aria-label="YAML editor" data-region="editor">
          <CompareEditorSwitch />
          <FileTabs />
          <div className="editor-host">
            <Suspense fallback={<EditorFallback />}><YamlEditor /></Suspense>
          </div>
        </section>
        <Splitter orientation="vertical" value={left} onChange={setLeft} label="Resize editor" />
        <div className="right" style={{ '--split': `${top * 100}%` } as CSSProperties}>
          <CompareView />
          <section className="pane timeline" aria-label="Timeline" data-region="timeline">
            <div className="pane-head">
              <h2 className="pane-title">Timeline</h2>
              <div className="segmented" role="tablist" aria-label="Timeline view">
                <button type="button" role="tab" aria-selected={view === 'chart'} onClick={() => setView('chart')}>Chart</button>
                <button type="button" role="tab" aria-selected={view === 'table'} onClick={() => setView('table')}>Events table</button>
                <button type="button" role="tab" aria-selected={view === 'narration'} onClick={() => setView('narration')}>Narration</button>
              </div>
            </div>
            <StatusBanner />
            {/* The chart stays mounted when hidden: it reports when it has drawn (whenIdle). */}
            <div className="view-host" hidden={view !== 'chart'}><TimelineView /></div>
            {view === 'table' && <EventTable />}
            {view === 'narration' && <NarrationList />}
            <NarrationCaption />
          </section>
          <Splitter orientation="horizontal" value={top} onChange={setTop} label="Resize timeline" />
          <div className="bottom" style={{ '--split': `${bottomSplit * 100}%` } as CSSProperties}>
            <section className="pane observer" aria-label="Observer" data-region="observer">
              <div className="pane-head"><h2 className="pane-title">Observer</h2></div>
              <ObserverPane />
            </section>
            <Splitter orientation="vertical" value={bottomSplit} onChange={setBottomSplit} label="Resize observer" />
            <section className="pane console" aria-label="kubectl console" data-region="console">
              <div className="pane-head">
                <div className="segmented" role="tablist" aria-label="Console or pod">
                  <button type="button" role="tab" aria-selected={bottomView === 'console'} onClick={() => setBottomView('console')}>kubectl</button>
                  <button type="button" role="tab" aria-selected={bottomView === 'pod'} onClick={() => setBottomView('pod')}>Pod</button>
                  <button type="button" role="tab" aria-selected={bottomView === 'why'} onClick={() => setBottomView('why')}>Why?</button>
                </div>
              </div>
              {/* The console stays mounted when hidden: its history and screen survive. */}
              <div className="console-slot" hidden={bottomView !== 'console'}>
                <Suspense fallback={<ConsoleFallback />}><KubectlConsole /></Suspense>
              </div>
              {bottomView === 'pod' && <PodInspector />}
              {bottomView === 'why' && <WhyPanel />}
            </section>
          </div>
        </div>
      </main>
      </div>
    </div>
  )
}
