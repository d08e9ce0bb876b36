// Hypothesis's JSON export: { export_date, annotations: [{ id, text, tags, user, created,
// target: [{ source, selector: [...] }], references? }] }. Replies are annotations with
// `references` (their thread's ids, root first) and no selector.
import type { ImportedAnnotation, ImportedReply, ParsedAnnotations } from "./annotation-model";
import { quoteAndPosition } from "./selectors";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : null);

function creatorOf(annotation: Json): string | null {
  const info = annotation.user_info;
  const display = isObject(info) ? str(info.display_name) : null;
  if (display) return display;
  const user = str(annotation.user);
  return user ? (/^acct:([^@]+)@/.exec(user)?.[1] ?? user) : null;
}

export function isHypothesisExport(input: unknown): boolean {
  return (
    isObject(input) &&
    Array.isArray(input.annotations) &&
    !("type" in input) &&
    (input.annotations as unknown[]).every((a) => isObject(a) && ("target" in a || "references" in a))
  );
}

export function parseHypothesis(input: Json): ParsedAnnotations {
  const annotations: ImportedAnnotation[] = [];
  const replies: ImportedReply[] = [];
  for (const raw of input.annotations as Json[]) {
    const key = `hypothesis:${str(raw.id) ?? JSON.stringify(raw).length}`;
    const references = Array.isArray(raw.references) ? raw.references.map(String) : [];
    const body = str(raw.text) ?? "";
    const creator = creatorOf(raw);
    const created = str(raw.created);
    if (references.length) {
      if (body.trim())
        replies.push({
          key,
          body,
          creator,
          created,
          annotationKey: `hypothesis:${references[0]}`,
          replyToKey: `hypothesis:${references.at(-1)}#text`,
        });
      continue;
    }
    const targets = Array.isArray(raw.target) ? raw.target : [raw.target];
    const selectors = targets.flatMap((t) => (isObject(t) ? [t.selector] : []));
    const { quote, position } = quoteAndPosition(selectors);
    annotations.push({
      key,
      quote,
      position,
      creator,
      notes: body.trim() ? [{ key: `${key}#text`, body, creator, created, replyToKey: null }] : [],
      sources: [],
      tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === "string") : [],
      verdicts: [],
    });
  }
  return { format: "hypothesis", annotations, replies };
}
