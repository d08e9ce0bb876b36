// Helpers of the two-instance test: start `next start` processes on one PostgreSQL database,
// sign in over HTTP, and read a server-sent event stream as a browser would.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Instance {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** One app instance, as a deployment would run it: its own port and data directory, no NEXTAUTH_SECRET. */
export async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: mkdtempSync(join(tmpdir(), "margin-instance-")), NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
  delete env.NEXTAUTH_SECRET;
  const child = spawn(process.execPath, [join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const instance: Instance = {
    url,
    process: child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
  await waitForHealth(instance, 60_000);
  return instance;
}

export async function waitForHealth(instance: Instance, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (instance.process.exitCode !== null) throw new Error(`instance exited:\n${instance.output()}`);
    const status = await fetch(`${instance.url}/api/health`).then((r) => r.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`instance at ${instance.url} not healthy (last status ${status}):\n${instance.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}


export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
  /** performance.now() and Date.now() when the event was read. */
  receivedAt: number;
  receivedWallClock: number;
}

/** Reads an SSE stream; `next` waits for the first event (after those already taken) that matches. */
export async function openEventStream(url: string, cookie: string) {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { Cookie: cookie, Accept: "text/event-stream" }, signal: abort.signal });
  if (response.status !== 200 || !response.body) throw new Error(`stream refused: ${response.status} ${await response.text()}`);
  const events: SseEvent[] = [];
  const waiters: (() => void)[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) => block.split("\n").find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2) ?? null;
          const event = field("event");
          if (event) events.push({ id: field("id"), event, data: field("data") ?? "", receivedAt: performance.now(), receivedWallClock: Date.now() });
          waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    close: () => abort.abort(),
    async next(match: (event: SseEvent) => boolean, timeoutMs: number): Promise<SseEvent> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms (got ${events.map((e) => e.event).join(", ")})`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
  };
}
