// `npm run bench`: engine benchmarks (they grow with the engine, issue 3).
process.stdout.write('bench: the engine benchmarks arrive with the simulation core.\n')
