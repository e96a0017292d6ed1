// "Export script": the scenario as a bash script of kubectl commands a teacher can run against a
// real cluster (kind is enough), ending with what the playground expects to see there. Files are
// written with quoted heredocs, steps run at their times (sleeping the difference between step
// times), watches run in the background, simulator-only `chaos` steps become instructions, and
// the end prints jobs, pods and events next to the expected event order as comments.
import { formatOffset } from '../../sim/kernel/time'
import type { CommandEvent, Trace } from '../../sim/trace/events'
import type { Scenario } from '../scenario'
import { isWatchStep } from '../watchStep'
import { expectedEventLines, finalJobs } from './expectedEvents'
import { shellQuote, writeFileLines } from './shellQuote'

export interface ExportInput {
  /** What the script is called in its header (lesson title or scenario name). */
  title: string
  seed: number
  scenario: Pick<Scenario, 'files' | 'steps' | 'nodes'>
  /** The playground's run of exactly this scenario; absent, the expected part is left out. */
  trace: Trace | null
}

const seconds = (ms: number) => String(Math.round(ms) / 1000)

/** A file name that stays inside the script's working directory. */
function safePath(name: string): string {
  const parts = name.split('/').filter((p) => p !== '' && p !== '.' && p !== '..')
  return parts.join('/') || 'file'
}

const comment = (text: string) => text.split('\n').map((l) => `#   ${l}`.trimEnd())

function chaosNote(run: string): string[] {
  return [
    '# Simulator-only step (chaos), not a kubectl command. To do the same by hand on kind:',
    '#   a node going away:      docker stop kind-worker     (and back: docker start kind-worker)',
    "#   a container being killed: docker exec kind-worker sh -c 'crictl stop $(crictl ps -q --name CONTAINER)'",
    '# The step was:',
    ...comment(run),
  ]
}

/** The command that ran for `step` in the trace (the first at or after its time). */
function commandOf(trace: Trace | null, run: string, at: number): CommandEvent | undefined {
  return trace?.events.find((e): e is CommandEvent => e.type === 'command' && e.command === run && e.startedAt >= at)
}

function header(input: ExportInput): string[] {
  const nodes = input.scenario.nodes ?? 1
  const cluster = nodes > 1
    ? [`# This scenario has ${nodes} nodes: create a kind cluster with ${nodes} workers, e.g. a config with`,
      `#   nodes: [{role: control-plane}${', {role: worker}'.repeat(nodes)}]`,
      '# The playground\'s node-1, node-2, … are kind-worker, kind-worker2, … there.']
    : ['# One node: `kind create cluster` gives one (kind-control-plane, the playground\'s node-1).']
  return [
    '#!/usr/bin/env bash',
    ...comment(input.title).map((l) => l.replace(/^# {3}/, '# ')),
    '#',
    '# Exported from the Kubernetes Job Playground. Expected on Kubernetes 1.34.',
    `# The playground simulated this with seed ${input.seed}: a real cluster picks its own pod names,`,
    '# node names and exact timings, so compare the order of events and the final status.',
    ...cluster,
    '# Run it with kubectl pointed at a throwaway cluster; it creates objects in the current namespace.',
    'set -euo pipefail',
    '',
    'WORKDIR="$(mktemp -d)"',
    'cd "$WORKDIR"',
    'echo "Scenario files are in $WORKDIR"',
  ]
}

function fileLines(files: Record<string, string>): string[] {
  const out: string[] = ['', '# --- Files ---']
  for (const [name, body] of Object.entries(files)) {
    const path = safePath(name)
    if (path.includes('/')) out.push(`mkdir -p ${shellQuote(path.slice(0, path.lastIndexOf('/')))}`)
    out.push(...writeFileLines(path, body))
  }
  return out
}

function stepLines(input: ExportInput, end: number): string[] {
  const out: string[] = ['', '# --- Steps, each at its time ---', 'WATCHES=()']
  let previous = 0
  for (const step of input.scenario.steps) {
    if (step.at > previous) out.push(`sleep ${seconds(step.at - previous)}`)
    previous = Math.max(previous, step.at)
    out.push(`# at ${formatOffset(step.at)}`)
    if (/^\s*chaos(\s|$)/.test(step.run)) {
      out.push(...chaosNote(step.run))
      continue
    }
    if (isWatchStep(step.run)) {
      // A watch never ends by itself: it runs beside the later steps and stops before the checks.
      const limit = Math.max(30, Math.ceil((end - step.at) / 1000) + 60)
      out.push(`timeout ${limit}s bash -c ${shellQuote(step.run)} &`, 'WATCHES+=("$!")')
      continue
    }
    const ran = commandOf(input.trace, step.run, step.at)
    if (ran && ran.exitCode !== 0) {
      out.push(`# Expected to fail (exit ${ran.exitCode} in the playground).`, 'set +e', step.run, 'set -e')
    } else {
      out.push(step.run)
    }
  }
  return out
}

function checkLines(input: ExportInput, lastStep: number): string[] {
  const out: string[] = ['', '# --- Checks ---']
  const jobs = input.trace ? finalJobs(input.trace).filter((j) => j.condition !== null && !j.deleted && !j.fromCronJob) : []
  for (const j of jobs) {
    const timeout = Math.max(60, Math.ceil((j.at - lastStep) / 1000) + 120)
    const what = `job/${j.name} ${j.condition}`
    out.push(`if kubectl wait --for=condition=${j.condition} ${shellQuote(`job/${j.name}`)} --timeout=${timeout}s; then`,
      `  echo ${shellQuote(`OK: ${what}, as in the playground`)}`,
      'else',
      `  echo ${shellQuote(`DIFFERENT: the playground expected ${what}`)}`,
      'fi')
  }
  const end = input.trace?.end ?? lastStep
  if (jobs.length === 0 && end > lastStep && end - lastStep <= 10 * 60_000) {
    out.push(`sleep ${seconds(end - lastStep)}  # until the playground's run ended`)
  }
  out.push('if ((${#WATCHES[@]})); then kill "${WATCHES[@]}" 2>/dev/null || true; fi',
    'kubectl get jobs,pods', 'kubectl get events --sort-by=.lastTimestamp')
  return out
}

export function toShellScript(input: ExportInput): string {
  const end = input.trace?.end ?? 0
  const lastStep = input.scenario.steps.reduce((m, s) => Math.max(m, s.at), 0)
  const lines = [
    ...header(input),
    ...fileLines(input.scenario.files),
    ...stepLines(input, end),
    ...checkLines(input, lastStep),
    '',
    ...(input.trace ? expectedEventLines(input.trace) : ['# (No playground run to compare with.)']),
  ]
  return `${lines.join('\n')}\n`
}
