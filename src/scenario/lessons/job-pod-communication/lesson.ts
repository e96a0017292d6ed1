// Seed lab "Lab: Job Pod Communication": an Indexed Job behind a headless Service.
import { commandOutputMatches, jobStatus, observe, podsAtOnce } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'

const JOB = 'demo-job-comm'

export const lesson: Lesson = {
  id: 'job-pod-communication',
  title: 'Pods of an Indexed Job talking to each other',
  summary: 'A headless Service plus subdomain gives each indexed pod a stable DNS name, so pod 1 can ping pod 0 by name.',
  seedLab: 'Lab: Job Pod Communication',
  scenario,
  text: [
    { text: 'An Indexed Job sets each pod\'s hostname to `<job>-<index>`. With `subdomain: demo-job-comm-svc` and a headless Service of that name (clusterIP: None) selecting the Job\'s pods, cluster DNS answers for `demo-job-comm-0.demo-job-comm-svc.default.svc.cluster.local`.' },
    { at: sec(1), text: 'At 1 s the Job starts both pods (indexes 0 and 1); each just sleeps 600 s so there is time to look around.' },
    { at: sec(60), anchor: 'fqdn', text: 'At 60 s `hostname -f` in pod 0 prints its fully qualified name.' },
    { at: sec(70), text: 'At 70 s pod 1 pings pod 0 by that FQDN: 5 packets transmitted, 5 received (busybox `ping -c5` takes about 4 s). At 80 s it pings the short name `demo-job-comm-0.demo-job-comm-svc`, which works thanks to the pod\'s DNS search path.' },
    { at: sec(90), text: 'At 90 s `kubectl get svc` shows the headless Service: CLUSTER-IP None.' },
    { at: sec(612), anchor: 'complete', text: 'At about 10m12s both sleeps have ended and the Job is Complete 2/2.' },
  ],
  checks: [
    observe('both-running', podsAtOnce(JOB, 2)),
    observe('fqdn', commandOutputMatches('^demo-job-comm-0\\.demo-job-comm-svc\\.default\\.svc\\.cluster\\.local$', 'hostname -f')),
    observe('ping-fqdn', commandOutputMatches('5 packets transmitted, 5 packets received, 0% packet loss', 'ping -c5 \\S+\\.cluster\\.local')),
    observe('ping-short', commandOutputMatches('5 packets transmitted, 5 packets received, 0% packet loss', 'ping -c5 demo-job-comm-0\\.demo-job-comm-svc$')),
    observe('headless', commandOutputMatches('^demo-job-comm-svc\\s+ClusterIP\\s+None\\s', 'get svc')),
    observe('complete', jobStatus(JOB, 'Complete', '2/2')),
  ],
}
