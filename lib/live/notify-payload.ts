// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more, so a batch of events is split into
// as few envelopes as fit. Events are ids and short names, far below the limit one by one.
import type { LiveEvent } from "./change-event";

export const MAX_NOTIFY_PAYLOAD_BYTES = 7_900;

export function splitIntoPayloads(origin: string, events: LiveEvent[], limit = MAX_NOTIFY_PAYLOAD_BYTES): string[] {
  const head = `{"o":${JSON.stringify(origin)},"e":[`;
  const tail = "]}";
  const frame = Buffer.byteLength(head) + Buffer.byteLength(tail);
  const payloads: string[] = [];
  let parts: string[] = [];
  let size = frame;
  for (const event of events) {
    const json = JSON.stringify(event);
    const bytes = Buffer.byteLength(json);
    if (frame + bytes > limit) throw new Error(`a live event of ${bytes} bytes does not fit in one notification`);
    if (parts.length && size + 1 + bytes > limit) {
      payloads.push(head + parts.join(",") + tail);
      parts = [];
      size = frame;
    }
    size += bytes + (parts.length ? 1 : 0);
    parts.push(json);
  }
  if (parts.length) payloads.push(head + parts.join(",") + tail);
  return payloads;
}
