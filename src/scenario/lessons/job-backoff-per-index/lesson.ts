// backoffLimitPerIndex and maxFailedIndexes (reference/job-controller.md §1.1, §1.3, §4.3, §8):
// each index of an Indexed Job gets its own retry budget and backoff; a failed index does not
// stop the others unless maxFailedIndexes says so (the task).
import { commandOutputMatches, eventNeverSeen, eventSeen, jobStatusAtEnd, observe, podCount, statusSequence, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'

const JOB = 'job-per-index'

export const lesson: Lesson = {
  id: 'job-backoff-per-index',
  title: 'backoffLimitPerIndex: a retry budget for each index',
  summary: 'Index 2 always fails: it is retried once after its own 10 s backoff, then given up, while indexes 0, 1 and 3 finish; the Job ends Failed with reason FailedIndexes.',
  scenario,
  text: [
    { text: 'In an Indexed Job each index is its own piece of work. With `backoffLimitPerIndex: 1` every index may fail once and be retried; a second failure gives that index up for good. `backoffLimit` is not needed: when `backoffLimitPerIndex` is set it defaults to 2147483647. Each pod carries the annotation `batch.kubernetes.io/job-index-failure-count` — how many earlier pods of its index failed.' },
    { at: sec(6), text: 'At about 5 s index 2 prints "bad input" and exits 1. Its backoff is its own: 10 s from that failure, doubling with each further failure of the same index. The other indexes keep running, and the failed pod is only counted once its replacement exists (the replacement copies its count).' },
    { at: sec(15), text: 'At about 15 s the controller retries index 2 with a new pod annotated `job-index-failure-count: "1"`.' },
    { at: sec(20), anchor: 'count-annotation', text: 'At 20 s `kubectl get pods -l batch.kubernetes.io/job-completion-index=2 -o yaml` shows both pods of index 2, annotated "0" and "1".' },
    { at: sec(18), text: 'At about 18 s the retry fails too. Its count (1) has reached `backoffLimitPerIndex`, so index 2 is failed: it goes into `status.failedIndexes` and is never tried again. The Job keeps going.' },
    { at: sec(50), anchor: 'failed-indexes', text: 'At about 50 s indexes 0, 1 and 3 have succeeded. Every index is now either succeeded or failed, and one failed: FailureTarget then Failed, reason FailedIndexes, "Job has failed indexes", with a Warning event. `kubectl get job -o yaml` shows `completedIndexes: 0,1,3` and `failedIndexes: "2"`.' },
  ],
  checks: [
    observe('retry', podCount(JOB, 5)),
    observe('count-annotation', commandOutputMatches('batch\\.kubernetes\\.io/job-index-failure-count: "1"', 'job-completion-index=2')),
    observe('failed-indexes', statusSequence(JOB, ['Running', 'FailureTarget', 'Failed'])),
    observe('event', eventSeen('FailedIndexes', '^Job has failed indexes$', `Job/${JOB}`)),
    observe('status', commandOutputMatches('^\\s*failedIndexes: "2"$', 'get job')),
    observe('three-done', jobStatusAtEnd(JOB, 'Failed', '3/4')),
  ],
  task: {
    prompt: 'When any index fails for good, the rest of the work is useless here. Make the Job stop at once — deleting the pods still running — as soon as one index has failed.',
    start: scenario,
    solution,
    checks: [
      task('max-exceeded', eventSeen('MaxFailedIndexesExceeded', '^Job has exceeded the specified maximal number of failed indexes$', `Job/${JOB}`)),
      task('no-wait', eventNeverSeen('FailedIndexes', `Job/${JOB}`)),
      task('stopped', jobStatusAtEnd(JOB, 'Failed', '0/4')),
    ],
  },
}
