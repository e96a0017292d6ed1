// Who the frame talks to. Commands are filtered by originAllowed (embed.ts); this module decides
// the targetOrigin of the frame's own messages to window.parent, so that a host page that was
// navigated away (or replaced by another site) never receives them by accident.
import type { Receiver } from './embed'

/** The parent page's origin as the browser reports it, or null when it cannot be known:
 * `location.ancestorOrigins[0]` (Chromium, Safari), else the origin of `document.referrer`
 * (the page that loaded the frame; Firefox). A sandboxed host has the opaque origin "null",
 * which cannot be a postMessage target, so it counts as unknown too. */
export function parentOriginOf(ancestorOrigins: ArrayLike<string> | undefined, referrer: string): string | null {
  const first = ancestorOrigins && ancestorOrigins.length > 0 ? ancestorOrigins[0] : undefined
  const candidate = first ?? referrer
  if (!candidate) return null
  try {
    const origin = new URL(candidate).origin
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

/**
 * The targetOrigin(s) for messages to the parent (docs/EMBED.md, "Origin rules"):
 * - parent origin known and allowed (this page's own origin or listed with `origin=`): exactly it;
 * - known but not allowed: itself when no `origin=` was given (anyone may listen, only allowed
 *   origins may command), nothing at all when the embed named its hosts;
 * - unknown: each listed origin (the browser delivers only to the one that matches), or `*` when
 *   none was listed — the messages carry only the public scenario's simulated events.
 */
export function postTargets(parent: string | null, r: Receiver): string[] {
  if (parent !== null) {
    if (parent === r.ownOrigin || r.allowedOrigins.includes(parent)) return [parent]
    return r.allowedOrigins.length === 0 ? [parent] : []
  }
  return r.allowedOrigins.length > 0 ? [...r.allowedOrigins] : ['*']
}
