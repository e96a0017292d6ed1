// base64url without padding (RFC 4648 §5), for URL fragments. Works the same in Node and browsers.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]))

export function encodeBase64url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

/** Decodes base64url; returns null for any character outside the alphabet or an impossible length. */
export function decodeBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let o = 0
  for (let i = 0; i < text.length; i += 4) {
    let n = 0
    const group = text.slice(i, i + 4)
    for (let k = 0; k < 4; k++) {
      const v = k < group.length ? LOOKUP.get(group[k]!) : 0
      if (v === undefined) return null
      n = (n << 6) | v
    }
    const bytes = group.length - 1
    for (let k = 0; k < bytes; k++) out[o++] = (n >> (16 - 8 * k)) & 255
  }
  return out
}
