// What the API server does to an object between decoding and validation: scheme defaulting,
// admission mutations, and the registry strategies' PrepareForCreate/PrepareForUpdate.
export { clone } from './clone'
export { defaultPullPolicy, imageTag } from './image'
export { defaultContainer, defaultPodSpec, defaultPodSpecInPlace } from './podSpec'
export { admitPod, admitPodInPlace, defaultPod, defaultPodInPlace, podQOSClass, preparePodForCreate, preparePodForCreateInPlace } from './pod'
export { defaultJob } from './job'
export {
  CONTROLLER_UID_LABEL, JOB_NAME_LABEL, LEGACY_CONTROLLER_UID_LABEL, LEGACY_JOB_NAME_LABEL,
  prepareJobForCreate, prepareJobForUpdate,
} from './prepareJob'
export { defaultService, prepareServiceForCreate } from './service'
export { quantityValue } from './quantity'
export { defaultCronJob, prepareCronJobForCreate, prepareCronJobForUpdate } from './cronJob'
