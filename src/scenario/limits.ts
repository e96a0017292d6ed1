// Bounds of the scenario format that other layers check too (a share link is read without the
// YAML parser, so it cannot import scenario.ts).

/** The largest cluster a scenario may ask for: enough to show per-node storage and spreading. */
export const MAX_NODES = 5
