// The apiserver's table printers (pkg/printers/internalversion/printers.go) and the duration
// text they use. kubectl formats these cells; it does not compute them (reference §1.1).
export { humanDuration } from './humanDuration'
export { durationBetween, translateTimestampSince, wholeSecond } from './timestamps'
export { byString, formatLabelSelector, formatLabels, labelSetString, selectorString } from './labelText'
export { summarizePod, type PodSummary } from './podStatus'
export { printPod, type PodRow } from './podRow'
export { jobCompletions, jobDuration, jobStatus, layoutContainerCells, printJob, type JobRow } from './jobRow'
export { nodeStatus, printNode, type NodeRow } from './nodeRow'
export { printService, type ServiceRow } from './serviceRow'
export { printEvent, type EventExtras, type EventLike, type EventRow } from './eventRow'
export {
  columnsFor, DEFAULT_COLUMNS, EVENT_COLUMNS, eventCells, JOB_COLUMNS, jobCells, POD_COLUMNS, podCells, rowCells, SERVICE_COLUMNS, serviceCells, tableFor,
  type Table, type TableColumn, type TableRow,
} from './table'
