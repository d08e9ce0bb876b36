// Memory and CPU time of a server process tree, read from /proc: the process answering requests
// may be a child of the one that was started.
import { readFileSync, readdirSync } from "node:fs";

function descendants(pid: number): number[] {
  const children: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const list = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    for (const child of list ? list.split(/\s+/).map(Number) : []) children.push(child, ...descendants(child));
  }
  return children;
}

function statusField(pid: number, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * 1024 : 0;
}

/** Peak (VmHWM) or current (VmRSS) resident memory: the largest of `pid` and its descendants. */
export function processTreeMemory(pid: number, field: "VmHWM" | "VmRSS" = "VmHWM"): { pid: number; bytes: number } {
  return [pid, ...descendants(pid)]
    .map((each) => ({ pid: each, bytes: statusField(each, field) }))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system) of `pid` and its descendants so far, in milliseconds. */
export function processTreeCpuMs(pid: number): number {
  let ticks = 0;
  for (const each of [pid, ...descendants(pid)]) {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${each}/stat`, "utf8").split(") ")[1]!.split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** CPU time of every PostgreSQL server process on this machine, in milliseconds. */
export function postgresCpuMs(): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const fields = stat.split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
