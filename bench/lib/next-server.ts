// Starts the production build (`next start`) for benchmarks and crash tests. The child is the
// node process itself (no shell or npm wrapper), so a SIGKILL sent to it kills the server.
import { spawn, type ChildProcess } from "node:child_process";
import { nextStartArgs } from "../../scripts/lib/next-start";
import { freshDatabase } from "./fresh-database";

export interface NextServer {
  process: ChildProcess;
  base: string;
  /** Resolves when the process has exited (after a kill or a crash). */
  exited: Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function prepareBuild(root = process.cwd()): Promise<void> {
  return import("../../scripts/build-if-needed").then(({ buildIfNeeded }) => void buildIfNeeded(root));
}

/** `nodeArgs` go to node itself (e.g. `--cpu-prof` to profile the server under load). */
export function startNextServer(options: {
  port: number;
  env: Record<string, string | undefined>;
  root?: string;
  nodeArgs?: string[];
}): Promise<NextServer> {
  const root = options.root ?? process.cwd();
  const base = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    process.execPath,
    nextStartArgs({
      root,
      port: options.port,
      host: "127.0.0.1",
      ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
    }),
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: base, ...options.env },
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: NextServer = {
    process: child,
    base,
    exited,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    let ready = false;
    child.stdout!.on("data", (chunk: Buffer) => {
      if (!ready && /Ready|Local:/i.test(chunk.toString())) {
        ready = true;
        resolve(server);
      }
    });
    child.once("exit", (code, signal) => {
      if (!ready) reject(new Error(`next start exited with ${code ?? signal} before it was ready`));
    });
  });
}

/** Points this process at an empty SQLite data directory of its own and builds the app if needed. */
export async function prepareBenchEnvironment(name: string, root = process.cwd()): Promise<void> {
  const { env } = await freshDatabase("sqlite", name, root);
  Object.assign(process.env, env);
  await prepareBuild(root);
}
