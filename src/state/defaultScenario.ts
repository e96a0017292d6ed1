// The scenario the page opens with: the seed lab "Job with Completion"
// (copied from checks/labs/completion.yaml). Plain data, so a lesson registry can replace it.
import type { ScenarioInput } from '../worker/simClient'

export const DEFAULT_SCENARIO_ID = 'job-completion'
export const DEFAULT_SCENARIO_TITLE = 'Job with completions (seed lab "Job with Completion")'

export const COMPLETION_JOB_YAML = `apiVersion: batch/v1
kind: Job
metadata:
  name: demo-job-completion
spec:
  completions: 5
  template:
    spec:
      restartPolicy: Never
      volumes:
        - name: local-storage
          hostPath:
            path: /tmp/data
            type: DirectoryOrCreate
      initContainers:
        - name: init
          image: busybox
          volumeMounts:
            - name: local-storage
              mountPath: /data
          command:
            - "/bin/sh"
            - "-c"
          args:
            - |
              echo "$(date) Init container message";
              echo "$(date) Init container message" >> /data/message.txt;
              sleep 10;
      containers:
        - name: writer
          image: busybox
          volumeMounts:
            - name: local-storage
              mountPath: /data
          command:
            - "/bin/sh"
            - "-c"
          args:
            - |
              echo "$(date) Container message";
              echo "$(date) Container message" >> /data/message.txt;
              sleep 30;
`

export const DEFAULT_SCENARIO: ScenarioInput = {
  files: { 'demo-job-completion.yaml': COMPLETION_JOB_YAML },
  steps: [{ at: '0s', run: 'kubectl apply -f demo-job-completion.yaml' }],
  seed: 1,
  startTime: '2026-01-03T01:46:00Z',
}
