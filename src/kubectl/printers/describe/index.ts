// `kubectl describe` for the kinds the playground has (kubectl pkg/describe/describe.go).
export { describeJob, capIndexesListOrNone } from './job'
export { describePod } from './pod'
export { describeService } from './service'
export { describeEvents, eventAge, sortEvents } from './events'
export { PrefixWriter, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3 } from './prefixWriter'
export { describeCronJob } from './cronJob'
