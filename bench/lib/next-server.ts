// The production server for benchmarks: a fresh DATA_DIR (SQLite), a build if the sources
// changed, and `next start` on a given port, with the process's memory high-water mark readable.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();

/** Points this process at an empty data directory and builds the app if needed. */
export async function prepareBenchEnvironment(name: string): Promise<void> {
  const dataDir = join(root, `bench/results/${name}-data`);
  rmSync(dataDir, { recursive: true, force: true });
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const { ensureAuthSecret } = await import("../../lib/auth/secret");
  process.env.NEXTAUTH_SECRET = ensureAuthSecret();
  const { buildIfNeeded } = await import("../../scripts/build-if-needed");
  buildIfNeeded(root);
}

export function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NEXTAUTH_URL: `http://localhost:${port}` },
  });
  return new Promise((resolve, reject) => {
    server.stdout!.on("data", (chunk: Buffer) => {
      if (/Ready|Local:/i.test(chunk.toString())) resolve(server);
    });
    server.on("exit", (code) => reject(new Error(`next start exited with ${code}`)));
  });
}

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

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

/**
 * Peak resident memory (VmHWM) of the server: the largest of `next start` and any process it
 * spawned, since the one answering requests may be a child.
 */
export function serverPeakRss(server: ChildProcess, field: "VmHWM" | "VmRSS" = "VmHWM"): { pid: number; bytes: number } {
  const pids = [server.pid!, ...descendants(server.pid!)];
  return pids.map((pid) => ({ pid, bytes: statusField(pid, field) })).reduce((a, b) => (b.bytes > a.bytes ? b : a));
}
