// monaco-yaml's language worker (validation, completion, hover against the Job schema).
import 'monaco-yaml/yaml.worker.js'
