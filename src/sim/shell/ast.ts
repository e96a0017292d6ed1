// The syntax tree of a busybox `ash` script. A script is parsed once (and cached by its text) and
// run many times, so everything here is immutable plain data.

/** One piece of a word, before expansion. */
export type WordPart =
  /** Unquoted text: subject to globbing (not to field splitting). */
  | { readonly k: 'lit'; readonly v: string }
  /** Quoted text (`'...'`, a backslash-escaped character, literal text inside `"..."`). */
  | { readonly k: 'q'; readonly v: string }
  /** `"..."`: its expansions are not split or globbed. */
  | { readonly k: 'dq'; readonly parts: readonly WordPart[] }
  /** `$x`, `${x}`, `${x:-word}` … (`arg2` is the length of `${x:off:len}` or the replacement of `${x/p/r}`). */
  | { readonly k: 'param'; readonly name: string; readonly op: ParamOp; readonly arg: Word | null; readonly arg2: Word | null }
  /** `$(...)` or backquotes. */
  | { readonly k: 'cmd'; readonly body: List }
  /** `$((...))`: the expression text is expanded first, then evaluated. */
  | { readonly k: 'arith'; readonly expr: Word }
  /** `~` or `~user` at the start of a word. */
  | { readonly k: 'tilde'; readonly user: string }

export type ParamOp =
  | ''
  | 'len'
  | '-' | ':-' | '=' | ':=' | '?' | ':?' | '+' | ':+'
  | '%' | '%%' | '#' | '##'
  | 'substr' | '/' | '//'

export interface Word {
  readonly parts: readonly WordPart[]
  /** Set when the word is one unquoted literal with no glob characters: it expands to itself. */
  readonly text: string | null
}

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '<<' | '<<-'

export interface Redir {
  readonly fd: number
  readonly op: RedirOp
  /** The file name, the fd number for `>&`/`<&`, or the here-doc delimiter. */
  readonly target: Word
  /** The here-doc body (filled in when the parser reaches the end of the line). */
  heredoc: Word | null
}

export interface Assign {
  readonly name: string
  readonly value: Word
}

export interface Simple {
  readonly k: 'simple'
  readonly assigns: readonly Assign[]
  readonly words: readonly Word[]
  readonly redirs: readonly Redir[]
  /** Source line, for `sh: cd: line N: …` messages. */
  readonly line: number
  /** The argv when every word is plain text (the common case), so it needs no expansion at run time. */
  readonly plain: readonly string[] | null
}

export interface IfClause {
  readonly cond: List
  readonly body: List
}

export interface CaseItem {
  readonly patterns: readonly Word[]
  readonly body: List
}

export type Command =
  | Simple
  | { readonly k: 'subshell'; readonly body: List; readonly redirs: readonly Redir[] }
  | { readonly k: 'group'; readonly body: List; readonly redirs: readonly Redir[] }
  | { readonly k: 'if'; readonly clauses: readonly IfClause[]; readonly otherwise: List | null; readonly redirs: readonly Redir[] }
  /** `items` null means `for x; do` (loop over "$@"). */
  | { readonly k: 'for'; readonly name: string; readonly items: readonly Word[] | null; readonly body: List; readonly redirs: readonly Redir[] }
  | { readonly k: 'loop'; readonly until: boolean; readonly cond: List; readonly body: List; readonly redirs: readonly Redir[] }
  | { readonly k: 'case'; readonly word: Word; readonly items: readonly CaseItem[]; readonly redirs: readonly Redir[] }
  | { readonly k: 'func'; readonly name: string; readonly body: Command }

export interface Pipeline {
  readonly bang: boolean
  readonly cmds: readonly Command[]
}

export interface AndOr {
  readonly head: Pipeline
  readonly tail: readonly { readonly op: '&&' | '||'; readonly p: Pipeline }[]
}

export interface ListItem {
  readonly ao: AndOr
  /** Ended with `&` (run in the foreground here; see interp). */
  readonly bg: boolean
}

export interface List {
  readonly items: readonly ListItem[]
}

/**
 * A parsed script: the complete commands that parsed, one entry per top-level line, and the
 * syntax error met after them, if any. ash parses and runs `sh -c` text one line at a time, so
 * the lines before a syntax error still run.
 */
export interface Script {
  readonly lines: readonly List[]
  readonly error: string | null
}
