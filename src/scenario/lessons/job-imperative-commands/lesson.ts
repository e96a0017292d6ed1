// The seed's "Imperative Commands" table, run against a live Job.
import { commandOutputMatches, jobStatus, objectDeleted, observe } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

export const lesson: Lesson = {
  id: 'job-imperative-commands',
  title: 'Imperative commands: create, wait, get, describe, logs, delete',
  summary: 'The seed\'s command table on a live Job: kubectl create job --image, wait, get, describe, logs, delete and delete --cascade=orphan.',
  seedLab: 'Imperative Commands',
  scenario,
  text: [
    { at: 0, text: '`kubectl create job hello --image=busybox -- sh -c \'…\'` makes a Job without a YAML file: one container named after the Job, the words after `--` as its command, restartPolicy Never.' },
    { at: sec(1), text: '`kubectl wait --for=condition=complete job/hello` blocks the terminal until the Job has the Complete condition — at about 14 s here — and prints "condition met".' },
    { at: sec(30), text: '`kubectl get jobs` lists the Job with STATUS Complete and COMPLETIONS 1/1; `kubectl describe job hello` shows the spec, Pods Statuses and the events; `kubectl logs job/hello` prints the pod\'s output even though the pod has finished.' },
    { at: sec(33), anchor: 'deleted', text: '`kubectl delete job hello` removes the Job and, by default (cascade background), the pods it created.' },
    { at: sec(60), text: '`kubectl delete job keep --cascade=orphan` removes only the Job: at 62 s `kubectl get pods` still lists its pod, which now has no owner. (`kubectl create job --from=cronjob/…` needs a CronJob, which this playground does not have yet.)' },
  ],
  checks: [
    observe('created', commandOutputMatches('^job\\.batch/hello created$', 'create job hello')),
    observe('waited', commandOutputMatches('^job\\.batch/hello condition met$', 'wait')),
    observe('complete', jobStatus('hello', 'Complete', '1/1')),
    observe('logs', commandOutputMatches('^Hello from the Job$', 'logs job/hello')),
    observe('deleted', objectDeleted('Job/hello')),
    observe('orphan-kept', commandOutputMatches('^keep-\\w+\\s+0/1\\s+Completed', 'get pods')),
  ],
}
