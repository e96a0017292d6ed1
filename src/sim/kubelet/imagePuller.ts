// Image pulls on one node. The kubelet pulls one image at a time (`serializeImagePulls`, the
// default), so pods started together queue for the puller; a node remembers what it has pulled.
// Policy `Always` (untagged or `:latest` images) still pulls every time: a cached image only
// makes the pull faster (reference §9.6: busybox "Successfully pulled … in 1.799s").
import type { Rng } from '../kernel/rng'
import { draw, type TimingModel } from '../timing'

export interface PullPlan {
  /** False when the image is used as it is (`already present on machine`). */
  pulls: boolean
  /** When the pull starts and ends (simulated ms); waiting = start − requested. */
  start: number
  end: number
}

export const BUSYBOX_SIZE = 4269694

export class ImagePuller {
  private readonly cache = new Set<string>()
  /** Images a queued pull will have fetched by the time a later pull starts. */
  private readonly queued = new Set<string>()
  private freeAt = 0

  constructor(private readonly rng: Rng, private readonly timing: TimingModel) {}

  has(image: string): boolean {
    return this.cache.has(normalize(image))
  }

  /** Reserves the puller for this image if the policy says to pull. */
  plan(image: string, policy: string | undefined, now: number): PullPlan {
    // IfNotPresent skips the pull only for an image already on the node; one that an earlier
    // pull is still fetching must wait its turn, but its layers will be there: a quick pull.
    const pulls = policy === 'Always' || (policy !== 'Never' && !this.has(image))
    if (!pulls) return { pulls, start: now, end: now }
    const inFlight = !this.has(image) && this.queued.has(normalize(image))
    const range = this.has(image) ? this.timing.pullCachedMs : inFlight ? this.timing.pullInFlightMs : this.timing.pullUncachedMs
    this.queued.add(normalize(image))
    const start = Math.max(now, this.freeAt)
    const end = start + draw(this.rng, range)
    this.freeAt = end
    return { pulls, start, end }
  }

  done(image: string): void {
    this.cache.add(normalize(image))
  }
}

function normalize(image: string): string {
  return /:[^/]+$/.test(image) || image.includes('@') ? image : `${image}:latest`
}

/** Go's Duration.String for the Pulled message: `1.799s`, `712ms`. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`
  const s = ms / 1000
  return `${Number(s.toFixed(3))}s`
}
