// How the trace names a hostPath file when a cluster has several nodes: the same path is a
// different file on each node (a hostPath volume is the node's own directory), so it is written
// `NODE:PATH` (`node-2:/tmp/data/message.txt`). One cluster node keeps the bare path.

export const nodeFilePath = (node: string, path: string): string => `${node}:${path}`

/** `node-2:/tmp/data/x` → its node and path; a bare path has no node. */
export function splitNodePath(key: string): { node: string | null; path: string } {
  const m = /^([^/:]+):(\/.*)$/.exec(key)
  return m ? { node: m[1]!, path: m[2]! } : { node: null, path: key }
}
