// What the API server checks before storing an object, and how kubectl prints the answer.
export {
  duplicate, errorBody, errorText, forbidden, invalid, notFound, notSupported, renderValue, required, tooLong, tooMany,
  type FieldError, type FieldErrorType,
} from './fieldError'
export { causeTexts, formatInvalid } from './format'
export { goJson, goQuote, GoRaw } from './goFormat'
export {
  isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, nameIsDNS1035Label, nameIsDNSSubdomain,
} from './names'
export { selectorMatches, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './meta'
export { validatePodSpec, validatePodTemplateSpec } from './podSpec'
export { validatePodCreate } from './pod'
export { validateJob, validateJobCreate } from './job'
export { validateJobSpec } from './jobSpec'
export { validateJobUpdate } from './jobUpdate'
export { validateServiceCreate } from './service'
export { warningsOnJobCreate, warningsOnPodCreate } from './warnings'
export { podTemplateValue } from './internalJson'
export { semanticEqual } from './equal'
export { validateCronJobCreate, validateCronJobUpdate, type TimeZoneCheck } from './cronJob'
export { parseStandard, type ParsedSchedule, type ScheduleResult } from './cronSchedule'
