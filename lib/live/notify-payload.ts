// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more, so a batch of events is split into
// as few envelopes as fit. Events are ids and short names, far below the limit one by one.
import type { LiveEvent } from "./change-event";

export const MAX_NOTIFY_PAYLOAD_BYTES = 7_900;

export function splitIntoPayloads(origin: string, events: LiveEvent[], limit = MAX_NOTIFY_PAYLOAD_BYTES): string[] {
  const head = `{"o":${JSON.stringify(origin)},"e":[`;
  const tail = "]}";
  const payloads: string[] = [];
  let parts: string[] = [];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  const flush = () => {
    if (parts.length) payloads.push(head + parts.join(",") + tail);
    parts = [];
    size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  };
  for (const event of events) {
    const json = JSON.stringify(event);
    const bytes = Buffer.byteLength(json);
    if (Buffer.byteLength(head) + bytes + Buffer.byteLength(tail) > limit) {
      throw new Error(`a live event of ${bytes} bytes does not fit in one notification`);
    }
    const extra = bytes + (parts.length ? 1 : 0);
    if (size + extra > limit) flush();
    size += bytes + (parts.length ? 1 : 0);
    parts.push(json);
  }
  flush();
  return payloads;
}
