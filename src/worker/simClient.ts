// How the page asks for a simulation: an interface with two implementations (a Web Worker and
// an in-process one for tests and for when a worker cannot start). The page never talks to a
// Worker directly.
import type { FileDiagnostic } from '../scenario/diagnostics'
import type { Trace } from '../sim/trace/events'

/** The learner's inputs: the same thing a scenario file or a share link holds. */
export interface ScenarioInput {
  files: Record<string, string>
  steps: { at: string; run: string }[]
  seed: number
  /** Optional ISO wall-clock time of t = 0. */
  startTime?: string
  /** Nodes in the cluster; absent means one. */
  nodes?: number
}

/** A problem in the learner's input, placed where the editor can show it. */
export type Diagnostic = FileDiagnostic

export interface SimResult {
  trace: Trace
  diagnostics: Diagnostic[]
  /** hostPath → mountPath pairs in the learner's manifests (the observer names files by them). */
  hostMounts?: [string, string][]
}

export interface SimClient {
  simulate(input: ScenarioInput): Promise<SimResult>
  /** Read-only kubectl commands (argv without `kubectl`) at simulated `at` of this input's run;
   * nothing becomes a step. Optional: test doubles may leave it out. */
  inspect?(input: ScenarioInput, at: number, commands: string[][]): Promise<string[]>
  /** Gets ready for the first request without one: starts the worker and loads the engine, and,
   * given a typical input, runs it a few times so the engine's hot code is already compiled. */
  warmUp?(typical?: ScenarioInput): void
  dispose(): void
}
