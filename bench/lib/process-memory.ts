// Memory of a server process tree, read from /proc: the process answering requests may be a
// child of the one that was started.
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
