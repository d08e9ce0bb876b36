// Hypothesis's JSON export: { export_date, annotations: [{ id, text, tags, user, user_info,
// created, uri, target: [{ source, selector: [...] }], references? }] }. Replies are annotations
// with `references` (their thread's ids, root first) and no selector.
import type { ImportedAnnotation, ImportedOrigin, ImportedReply, ParsedAnnotations } from "./annotation-model";
import { quoteAndPosition } from "./selectors";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : null);

function originOf(annotation: Json): ImportedOrigin {
  const info = annotation.user_info;
  const creatorName = isObject(info) ? str(info.display_name) : null;
  const account = str(annotation.user);
  return {
    creator: account ?? creatorName,
    creatorName: account ? creatorName : null,
    creatorIdentities: [account, creatorName].filter((v): v is string => Boolean(v)),
    id: str(annotation.id),
    createdAt: str(annotation.created),
    earlier: null,
  };
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
    const origin = originOf(raw);
    if (references.length) {
      if (body.trim())
        replies.push({
          key,
          body,
          origin,
          annotationKey: `hypothesis:${references[0]}`,
          // The root's words are its note (`#text`); a reply's note has the reply's own key.
          replyToKey: references.length > 1 ? `hypothesis:${references.at(-1)}` : `hypothesis:${references[0]}#text`,
        });
      continue;
    }
    const targets = Array.isArray(raw.target) ? raw.target : [raw.target];
    const selectors = targets.flatMap((t) => (isObject(t) ? [t.selector] : []));
    const { quote, position } = quoteAndPosition(selectors);
    const targetSource = targets.map((t) => (isObject(t) ? str(t.source) : null)).find(Boolean) ?? str(raw.uri);
    annotations.push({
      key,
      quote,
      position,
      targetSource,
      origin,
      notes: body.trim() ? [{ key: `${key}#text`, body, origin, replyToKey: null }] : [],
      sources: [],
      tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === "string") : [],
      verdicts: [],
    });
  }
  return { format: "hypothesis", annotations, replies };
}
