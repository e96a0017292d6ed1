// `kubectl version`: the versions this playground stands in for.
import { type Verb, out } from '../context'

export const version: Verb = {
  name: 'version',
  flags: [{ name: 'client', type: 'bool' }, { name: 'output', short: 'o', type: 'string' }],
  run(ctx, args) {
    out(ctx, 'Client Version: v1.34.1\nKustomize Version: v5.7.1')
    if (args.flags.client !== true) out(ctx, 'Server Version: v1.34.1')
    return 0
  },
}
