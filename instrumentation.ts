// Next.js calls register() once per server process, before it serves requests.
export async function register(): Promise<void> {
  // The edge runtime has no TCP sockets (and Margin serves nothing there).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareInstance } = await import("./lib/instance/prepare-instance");
  await prepareInstance();
}
