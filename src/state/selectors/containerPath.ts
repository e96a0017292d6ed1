// How the pods see a hostPath file: `/tmp/data/message.txt` on the node is `/data/message.txt`
// inside a container that mounts `/tmp/data` at `/data` (mounts from hostMounts.ts).

const trimSlash = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p)

export function containerPath(nodePath: string, mounts: [string, string][]): string | null {
  for (const [host, mount] of mounts) {
    const h = trimSlash(host)
    if (nodePath === h || nodePath.startsWith(`${h}/`)) return trimSlash(mount) + nodePath.slice(h.length)
  }
  return null
}
