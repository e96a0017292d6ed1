// Scripts are parsed once and run many times (the same `command` runs in every pod of a Job), so
// parses are cached by their text. The cache is bounded so a learner's terminal typing many
// different lines cannot grow it without limit.

import type { Script } from '../ast'
import { parse } from './parser'

const MAX_ENTRIES = 512
const cache = new Map<string, Script>()

export function parseCached(text: string): Script {
  let script = cache.get(text)
  if (!script) {
    script = parse(text)
    if (cache.size >= MAX_ENTRIES) cache.clear()
    cache.set(text, script)
  }
  return script
}
