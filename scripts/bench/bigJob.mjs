// The Job the timeline benchmark loads: DESIGN §6's performance case, `echo` + `sleep 5`.
export const bigJobYaml = (completions, parallelism) => `apiVersion: batch/v1
kind: Job
metadata:
  name: bench
spec:
  completions: ${completions}
  parallelism: ${parallelism}
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: c
          image: busybox
          command: ["sh", "-c", "echo hello; sleep 5"]
`
