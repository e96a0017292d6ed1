// kubectl's output formatting: tables for `get` (over the apiserver's Table cells), watch rows,
// `-o name` and the NamePrinter/delete messages, `describe`, and `-o yaml`/`-o json`.
export { TabWriter, describeTabWriter, escapeTerminal, getTabWriter, type TabWriterOptions } from './tabwriter'
export { HumanReadablePrinter, cellText, type PrintOptions } from './tablePrinter'
export { printGet, WatchPrinter, type GetGroup, type GetOptions, type GetOutput, type WatchEventType, type WatchOptions } from './getPrinter'
export { deletedLine, kindGroup, nameOf, operationLine, type DeleteOptions, type DryRun, type ObjectRef, type Operation } from './names'
export { objectOutput, printList, printObject, toApiJson, type ObjectFormat } from './objectOutput'
export { toGoYaml, type JsonValue } from './goYaml'
export { toGoJson } from './goJson'
export { rfc1123z, rfc3339 } from './timeFormat'
export { describeJob, describePod, describeService, describeEvents } from './describe'
