// The check language (docs/LESSONS.md): small, serialisable facts about a run that a lesson
// states and a checklist ticks. Patterns are strings, not RegExp objects, so a check can travel
// in a worker message or a JSON file unchanged.

/** What one check asserts about a trace. The field `check` names the rule. */
export type CheckSpec =
  /** Never more than `max` pods of the Job active (Pending or Running, not deleted) at one instant. */
  | { check: 'maxPodsRunning'; job: string; max: number }
  /** At some instant `count` pods of the Job were active at the same time. */
  | { check: 'podsAtOnce'; job: string; count: number }
  /** The Job created exactly `count` pods over its whole life. */
  | { check: 'podCount'; job: string; count: number }
  /** The Job's STATUS column reaches `status` (and COMPLETIONS reads `completions`, if given). */
  | { check: 'jobStatus'; job: string; status: string; completions?: string }
  /** The Job's last row in the run (before any deletion) reads `status` (and `completions`). */
  | { check: 'jobStatusAtEnd'; job: string; status: string; completions?: string }
  /** The Job's STATUS column goes through `statuses` in this order (other statuses may come between). */
  | { check: 'statusSequence'; job: string; statuses: string[] }
  /** Some pod of the Job shows these STATUS texts in this order. */
  | { check: 'podStatusSequence'; job: string; statuses: string[] }
  /** Some pod of the Job has been restarted in place at least `min` times (RESTARTS column). */
  | { check: 'podRestarts'; job: string; min: number }
  /** The hostPath file (node path) has exactly `lines` non-empty lines when the run ends. */
  | { check: 'fileLineCount'; path: string; lines: number }
  /** The hostPath file matches `pattern` when the run ends. */
  | { check: 'fileMatches'; path: string; pattern: string }
  /** A pod with completion index `index` succeeded, and it was the only pod of that index. */
  | { check: 'indexRanOnce'; job: string; index: number }
  /** A Kubernetes Event with this reason (and message pattern, and object) was recorded. */
  | { check: 'eventSeen'; reason: string; message?: string; object?: string }
  /** An Event with this reason was never recorded during the whole run. */
  | { check: 'eventNeverSeen'; reason: string; object?: string }
  /** A scenario step's output matches `pattern` (only steps whose command matches `command`). */
  | { check: 'commandOutputMatches'; pattern: string; command?: string }
  /** The object (`Job/NAME`, `Pod/NAME`) disappeared from the API. */
  | { check: 'objectDeleted'; object: string }

export type CheckKind = 'observe' | 'task'

export interface Check {
  /** Stable within its lesson: the UI keeps progress by it. */
  id: string
  kind: CheckKind
  spec: CheckSpec
  /** Overrides the generated sentence when a lesson wants its own words. */
  text?: string
}

/** What the page shows for one check at the playhead (issue 5: `checks()`). */
export interface CheckResult {
  id: string
  text: string
  kind: CheckKind
  passed: boolean
}
