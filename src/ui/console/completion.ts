// Tab completion for the kubectl console: verbs, resource types, object names at the playhead,
// scenario file names after -f, and common flags. Pure: the caller supplies the names.

export interface CompletionContext {
  pods: string[]
  jobs: string[]
  files: string[]
  /** Node names (default: the one-node cluster's `node-1`). */
  nodes?: string[]
}

const VERBS = ['get', 'describe', 'logs', 'apply', 'create', 'delete', 'patch', 'wait', 'exec', 'explain', 'cordon', 'uncordon', 'drain']
const RESOURCES = ['pods', 'jobs', 'cronjobs', 'events', 'services', 'pod', 'job', 'cronjob', 'cj', 'po']
const FLAGS = ['-w', '-o', '--watch', '--output=wide', '--output=yaml', '-f', '-l', '--all', '--for=condition=complete', '--timeout=', '-p', '--selector=', '--ignore-daemonsets', '--delete-emptydir-data', '--force', '--grace-period=']

function namesFor(resource: string | undefined, ctx: CompletionContext): string[] {
  if (!resource) return []
  if (/^(po|pods?)$/.test(resource)) return ctx.pods
  if (/^jobs?$/.test(resource)) return ctx.jobs
  const slash = resource.match(/^(pods?|jobs?)\//)
  return slash ? namesFor(slash[1], ctx) : []
}

const CHAOS = ['kill', 'node-down', 'node-up']
const CHAOS_FLAGS = ['-c', '--exit-code', '--oom']

/** Candidates for the last word of the line. */
export function candidates(line: string, ctx: CompletionContext): string[] {
  const words = line.split(/\s+/)
  const current = words.at(-1) ?? ''
  const before = words.slice(0, -1).filter(Boolean)
  let pool: string[]
  if (before.length === 0) pool = ['kubectl', 'chaos']
  // `chaos` (src/scenario/chaos): its subcommands, then a pod for kill, a node for node-down/up.
  else if (before[0] === 'chaos') pool = before.length === 1 ? CHAOS : current.startsWith('-') ? CHAOS_FLAGS : before.length === 2 && before[1] === 'kill' ? ctx.pods : before.length === 2 ? ctx.nodes ?? ['node-1'] : []
  else if (before.length === 1 && before[0] === 'kubectl') pool = VERBS
  else if (before.at(-1) === '-f' || before.at(-1) === '--filename') pool = ctx.files
  else if (current.startsWith('-')) pool = FLAGS
  else if (current.includes('/')) pool = [...ctx.pods.map((p) => `pod/${p}`), ...ctx.jobs.map((j) => `job/${j}`)]
  else if (before.length === 2 && ['get', 'describe', 'delete', 'patch', 'wait'].includes(before[1] ?? '')) pool = RESOURCES
  else if (before.length === 2 && ['logs', 'exec'].includes(before[1] ?? '')) pool = ctx.pods
  // The simulated cluster has one node (src/sim/cluster.ts names it node-1).
  else if (before.length === 2 && ['cordon', 'uncordon', 'drain'].includes(before[1] ?? '')) pool = ['node-1']
  else pool = namesFor(before[2], ctx)
  return [...new Set(pool)].filter((c) => c.startsWith(current)).sort()
}

function commonPrefix(words: string[]): string {
  if (!words.length) return ''
  let prefix = words[0]!
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}

/** The completed line, and what to list when the completion is ambiguous. */
export function complete(line: string, ctx: CompletionContext): { line: string; options: string[] } {
  const found = candidates(line, ctx)
  const current = line.split(/\s+/).at(-1) ?? ''
  const head = line.slice(0, line.length - current.length)
  if (found.length === 1) return { line: `${head}${found[0]} `, options: [] }
  const prefix = commonPrefix(found)
  return { line: prefix.length > current.length ? `${head}${prefix}` : line, options: found.length > 1 ? found : [] }
}
