// A step that watches (`kubectl get pods -w`) never ends by itself. Someone at a real cluster runs
// it in a terminal of their own and goes on typing in another; the scenario does the same, so a
// watch typed in the console never holds back the steps after it.

/** Flags that make `kubectl get` keep printing: -w, --watch, --watch=true, --watch-only. */
const WATCH_FLAG = /(?:^|\s)(?:-w|--watch(?:=true)?|--watch-only(?:=true)?)(?=\s|$)/

export function isWatchStep(run: string): boolean {
  const line = run.trim()
  return /^kubectl\s/.test(line) && !/[;&|]/.test(line) && WATCH_FLAG.test(line)
}
