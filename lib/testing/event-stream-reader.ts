// Reads a server-sent event stream the way a browser does, for tests of the live stream (in
// process, or over HTTP against running instances): events are parsed as they arrive, and `next`
// waits for the first one that matches.
export interface StreamEvent {
  id: string | null;
  event: string;
  data: string;
  /** performance.now() and Date.now() when the event was read. */
  receivedAt: number;
  receivedWallClock: number;
}

export function readEventStream(response: Response, abort: AbortController) {
  if (!response.body) throw new Error("the stream has no body");
  const events: StreamEvent[] = [];
  const raw: string[] = [];
  const waiters: (() => void)[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const pump = (async () => {
    let buffer = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      raw.push(value);
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          block
            .split("\n")
            .find((line) => line.startsWith(`${name}: `))
            ?.slice(name.length + 2) ?? null;
        const event = field("event");
        if (event)
          events.push({
            id: field("id"),
            event,
            data: field("data") ?? "",
            receivedAt: performance.now(),
            receivedWallClock: Date.now(),
          });
        waiters.splice(0).forEach((wake) => wake());
      }
    }
  })().catch(() => {
    // aborted
  });
  return {
    events,
    /** Everything the stream sent so far, as text. */
    raw: () => raw.join(""),
    async next(match: (event: StreamEvent) => boolean, timeoutMs = 5000): Promise<StreamEvent> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`no matching event within ${timeoutMs} ms (got ${events.map((e) => e.event).join(", ")})`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    async close() {
      abort.abort();
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}
