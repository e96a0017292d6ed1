// The busybox applets the simulated image provides, by name (each one is a file in this folder).
// `sh`/`ash` are not here: starting a shell is the interpreter's job (runtime/shMain.ts).
import type { Applet } from '../types'
import { basename } from './basename'
import { cat } from './cat'
import { date } from './date'
import { dirname } from './dirname'
import { echo } from './echo'
import { env } from './env'
import { falseApplet } from './false'
import { grep } from './grep'
import { head } from './head'
import { hostname } from './hostname'
import { id } from './id'
import { ls } from './ls'
import { mkdir } from './mkdir'
import { nslookup } from './nslookup'
import { ping } from './ping'
import { printenv } from './printenv'
import { printf } from './printf'
import { rm } from './rm'
import { seq } from './seq'
import { sleep } from './sleep'
import { tail } from './tail'
import { tee } from './tee'
import { bracket, doubleBracket, test } from './test'
import { touch } from './touch'
import { trueApplet } from './true'
import { uname } from './uname'
import { wc } from './wc'
import { whoami } from './whoami'

const ALL: readonly Applet[] = [
  basename, bracket, cat, date, dirname, doubleBracket, echo, env, falseApplet, grep, head, hostname, id, ls, mkdir,
  nslookup, ping, printenv, printf, rm, seq, sleep, tail, tee, test, touch, trueApplet, uname, wc, whoami,
]

export const BUSYBOX_APPLETS: ReadonlyMap<string, Applet> = new Map(ALL.map((a) => [a.name, a]))
