// Syntax errors, worded as busybox ash words them (`shell/ash.c` raise_error_syntax and
// raise_error_unexpected_syntax); the shell prints them as `sh: syntax error: …`.

export class ParseError extends Error {}

export const syntaxError = (what: string): ParseError => new ParseError(`syntax error: ${what}`)

/** Deeper nesting than this is refused rather than risking the JavaScript stack. */
export const MAX_NESTING = 200
