// Which colour a STATUS column text gets. The text itself comes from the trace (the core
// derives it as kubectl does); this only groups texts into the legend's categories.

export type StatusCategory =
  | 'pending' | 'creating' | 'init' | 'initializing' | 'running' | 'notready'
  | 'completed' | 'error' | 'crashloop' | 'terminating' | 'suspended' | 'other'

const EXACT: Record<string, StatusCategory> = {
  Pending: 'pending',
  ContainerCreating: 'creating',
  PodInitializing: 'initializing',
  Running: 'running',
  NotReady: 'notready',
  Completed: 'completed',
  Complete: 'completed',
  SuccessCriteriaMet: 'completed',
  Error: 'error',
  OOMKilled: 'error',
  Failed: 'error',
  FailureTarget: 'error',
  DeadlineExceeded: 'error',
  CrashLoopBackOff: 'crashloop',
  Terminating: 'terminating',
  Suspended: 'suspended',
}

export function statusCategory(status: string): StatusCategory {
  const exact = EXACT[status]
  if (exact) return exact
  if (status.startsWith('Init:')) {
    const rest = status.slice(5)
    if (rest === 'CrashLoopBackOff') return 'crashloop'
    if (/^\d+\/\d+$/.test(rest)) return 'init'
    return 'error'
  }
  return 'other'
}

/** The legend, in lifecycle order. */
export const LEGEND: { category: StatusCategory; label: string }[] = [
  { category: 'pending', label: 'Pending' },
  { category: 'creating', label: 'ContainerCreating' },
  { category: 'init', label: 'Init:x/y' },
  { category: 'initializing', label: 'PodInitializing' },
  { category: 'running', label: 'Running' },
  { category: 'notready', label: 'NotReady' },
  { category: 'completed', label: 'Completed' },
  { category: 'error', label: 'Error' },
  { category: 'crashloop', label: 'CrashLoopBackOff' },
  { category: 'terminating', label: 'Terminating' },
]
