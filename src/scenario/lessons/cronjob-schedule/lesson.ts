// Beyond the seed labs: a CronJob firing every minute whose Jobs run 90 s, so runs would overlap.
// concurrencyPolicy Forbid skips a run while one is active; successfulJobsHistoryLimit trims
// finished Jobs. The task turns the overlapping Allow version into that.
import { commandOutputMatches, eventSeen, observe, task } from '../../checks/build'
import { sec, type Lesson } from '../types'
import scenario from './scenario.yaml?raw'
import solution from './solution.yaml?raw'
import start from './task.yaml?raw'

export const lesson: Lesson = {
  id: 'cronjob-schedule',
  title: 'CronJob: a schedule, Forbid and history limits',
  summary: 'A CronJob creates a Job for each schedule time. With concurrencyPolicy Forbid it skips a time while a Job still runs; successfulJobsHistoryLimit keeps only the newest finished Jobs.',
  scenario,
  text: [
    { text: 'A CronJob holds a Job template and a cron `schedule`. `*/1 * * * *` means every minute, in UTC unless `timeZone` names another zone. The playground starts at 01:46:00, so the first schedule time is 01:47:00.' },
    { at: sec(30), text: 'At 30 s `kubectl get cronjob` shows SCHEDULE `*/1 * * * *`, TIMEZONE `<none>`, SUSPEND False, ACTIVE 0 and LAST SCHEDULE `<none>`: nothing has run yet.' },
    { at: sec(60), anchor: 'created', text: 'At 01:47:00 (1 m) the controller creates Job `tick-29456747`: the CronJob name plus the schedule time in minutes since 1970, so one time can never make two Jobs. Its pod prints the date and sleeps 90 s.' },
    { at: sec(120), anchor: 'forbid', text: 'At 01:48:00 the first Job is still running. Forbid skips the run and records JobAlreadyActive.' },
    { at: sec(160), anchor: 'completed', text: 'When the first Job completes, the controller records SawCompletedJob. The 01:48:00 time is still the latest unmet one and no startingDeadlineSeconds is set, so it creates that Job now, late, instead of waiting for 01:49:00.' },
    { at: sec(352), anchor: 'history', text: 'Once a third Job has completed, three successful Jobs exist but `successfulJobsHistoryLimit` is 2: the controller deletes the oldest (SuccessfulDelete), and the garbage collector its pod.' },
    { at: sec(395), text: '`kubectl describe cronjob tick` lists the policies, the Job template (Parallelism and Completions are `<unset>`: a template is not defaulted), Last Schedule Time, the active Job and the events. A CronJob never stops on its own.' },
    { at: sec(400), anchor: 'suspended', text: 'At 6m40s `kubectl patch` sets `suspend: true`: no new Jobs, while the running one finishes. (A CronJob still scheduling would keep the run going; the playground then stops 10 minutes after the last step.)' },
  ],
  checks: [
    observe('listed', commandOutputMatches('^tick\\s+\\*/1 \\* \\* \\* \\*\\s+<none>\\s+False\\s+0\\s+<none>\\s', '^kubectl get cronjob$')),
    observe('created', eventSeen('SuccessfulCreate', '^Created job tick-29456747$', 'CronJob/tick')),
    observe('forbid', eventSeen('JobAlreadyActive', 'concurrency policy is Forbid', 'CronJob/tick')),
    observe('completed', eventSeen('SawCompletedJob', '^Saw completed job: tick-29456747, status: Complete$', 'CronJob/tick')),
    observe('suspended', commandOutputMatches('^cronjob.batch/tick patched$', 'patch cronjob')),
    observe('history', eventSeen('SuccessfulDelete', '^Deleted job tick-29456747$', 'CronJob/tick')),
  ],
  task: {
    prompt: 'This CronJob uses concurrencyPolicy Allow, so a new Job starts every minute while the last one still runs. Make it skip a run while a Job is active, and keep only the newest successful Job.',
    start,
    solution,
    checks: [
      task('skips', eventSeen('JobAlreadyActive', 'Forbid', 'CronJob/tick'), 'a run is skipped with JobAlreadyActive'),
      task('keeps-one', commandOutputMatches('Successful Job History Limit:\\s+1$', 'describe cronjob tick'), 'describe shows Successful Job History Limit: 1'),
    ],
  },
}
