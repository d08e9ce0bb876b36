// Helpers of the two-instance test: start `next start` processes on one PostgreSQL database,
// sign in over HTTP, and read a server-sent event stream as a browser would.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEventStream } from "../../../lib/testing/event-stream-reader";
import { nextStartArgs } from "../../lib/next-start";

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
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** One app instance, as a deployment would run it: its own port and data directory, no NEXTAUTH_SECRET. */
export async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: mkdtempSync(join(tmpdir(), "margin-instance-")),
    NEXTAUTH_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
  delete env.NEXTAUTH_SECRET;
  const child = spawn(process.execPath, nextStartArgs({ port, host: "127.0.0.1" }), {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
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
    const status = await fetch(`${instance.url}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`instance at ${instance.url} not healthy (last status ${status}):\n${instance.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The article's live stream on one instance, read over HTTP. */
export async function openEventStream(url: string, cookie: string) {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { Cookie: cookie, Accept: "text/event-stream" }, signal: abort.signal });
  if (response.status !== 200 || !response.body)
    throw new Error(`stream refused: ${response.status} ${await response.text()}`);
  return readEventStream(response, abort);
}
