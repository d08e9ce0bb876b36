import { createHash } from "node:crypto";
// W3C Web Annotations: a single Annotation, an AnnotationPage, or an AnnotationCollection whose
// pages are embedded (as Margin exports them). Bodies by purpose: commenting/replying → notes,
// linking → sources, tagging → tags, assessing → verdicts; Margin's margin:* terms restore what
// the standard vocabulary has no words for (stance, confidence, the final verdict, linked sources,
// the origin of work Margin itself imported).
import { provenanceFromTerms } from "../provenance/w3c-terms";
import type {
  ImportedAnnotation,
  ImportedOrigin,
  ImportedSource,
  ImportedVerdict,
  ParsedAnnotations,
} from "./annotation-model";
import { quoteAndPosition } from "./selectors";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown) => (typeof v === "string" ? v : null);
const types = (v: Json) => list(v.type).map(String);

/** Who a `creator` value names: its display form and every identifier it gives. */
function creatorOf(value: unknown): { creator: string | null; identities: string[] } {
  const creator = list(value)[0];
  if (typeof creator === "string") return { creator, identities: [creator] };
  if (!isObject(creator)) return { creator: null, identities: [] };
  const email = str(creator.email)?.replace(/^mailto:/i, "") ?? null;
  const names = [str(creator.name), str(creator.nickname), email, str(creator.id)];
  return { creator: names.find(Boolean) ?? null, identities: names.filter((v): v is string => Boolean(v)) };
}

function originOf(resource: Json, fallback?: ImportedOrigin): ImportedOrigin {
  const { creator, identities } = creatorOf(resource.creator);
  return {
    creator: creator ?? fallback?.creator ?? null,
    creatorName: creator ? null : (fallback?.creatorName ?? null),
    creatorIdentities: creator ? identities : (fallback?.creatorIdentities ?? []),
    id: str(resource.id),
    createdAt: str(resource.created) ?? fallback?.createdAt ?? null,
    earlier: provenanceFromTerms(resource),
  };
}

export function isW3cAnnotations(input: unknown): boolean {
  return (
    isObject(input) &&
    ["Annotation", "AnnotationPage", "AnnotationCollection"].some((type) => types(input).includes(type))
  );
}

function annotationsOf(input: Json): Json[] {
  if (types(input).includes("Annotation")) return [input];
  const items: Json[] = [];
  let page: unknown = types(input).includes("AnnotationCollection") ? input.first : input;
  for (let guard = 0; isObject(page) && guard < 100_000; guard++) {
    items.push(...list(page.items).filter(isObject));
    page = page.next;
  }
  return items;
}

const STANCES = new Set(["supports", "refutes", "context"]);

function readBodies(
  annotation: Json,
  key: string,
  annotationOrigin: ImportedOrigin,
): Pick<ImportedAnnotation, "notes" | "sources" | "tags" | "verdicts"> {
  const notes: ImportedAnnotation["notes"] = [];
  const sources: ImportedSource[] = [];
  const tags: string[] = [];
  const verdicts: ImportedVerdict[] = [];
  const bodies = list(annotation.body);
  if (typeof annotation.bodyValue === "string") bodies.push({ type: "TextualBody", value: annotation.bodyValue });
  bodies.forEach((raw, index) => {
    if (typeof raw === "string")
      return sources.push({
        key: `${key}#body-${index}`,
        url: raw,
        title: raw,
        publisher: null,
        excerpt: null,
        stance: "context",
        accessedAt: null,
        archivedUrl: null,
        origin: { ...annotationOrigin, id: raw, earlier: null },
      });
    if (!isObject(raw)) return;
    const bodyKey = `${key}#${str(raw.id) ?? `body-${index}`}`;
    const purpose = list(raw.purpose).map(String)[0] ?? "commenting";
    const origin = originOf(raw, annotationOrigin);
    if (purpose === "tagging" && typeof raw.value === "string") return tags.push(raw.value);
    if (purpose === "assessing") {
      const label = str(raw["margin:rating"]) ?? (str(raw.value)?.split(":")[0] ?? "").trim();
      if (!label) return;
      const confidence = raw["margin:confidence"];
      return verdicts.push({
        key: bodyKey,
        rating: label,
        confidence: Number.isInteger(confidence) ? Math.max(0, Math.min(100, confidence as number)) : null,
        rationale: str(raw["margin:rationale"]) ?? str(raw["margin:summary"]) ?? str(raw.value) ?? "",
        final: raw["margin:final"] === true,
        published: raw["margin:published"] === true,
        publishedAt: str(raw["margin:publishedAt"]),
        sourceKeys: list(raw["margin:sources"])
          .map(str)
          .filter((id): id is string => Boolean(id))
          .map((id) => `${key}#${id}`),
        origin,
      });
    }
    const url =
      str(raw.source) ??
      (isObject(raw.source) ? str(raw.source.id) : null) ??
      (purpose === "linking" ? str(raw.id) : null);
    if (purpose === "linking" && url && /^https?:\/\//i.test(url)) {
      const stance = str(raw["margin:stance"]);
      return sources.push({
        key: bodyKey,
        url,
        title: str(raw["margin:title"]) ?? str(raw.title) ?? url,
        publisher: str(raw["margin:publisher"]),
        excerpt: str(raw["margin:excerpt"]),
        stance: stance && STANCES.has(stance) ? (stance as ImportedSource["stance"]) : "context",
        accessedAt: str(raw["margin:accessedAt"]),
        archivedUrl: str(raw["margin:archivedUrl"]),
        origin,
      });
    }
    if (typeof raw.value === "string") {
      const replyTo = str(raw["margin:replyTo"]);
      notes.push({ key: bodyKey, body: raw.value, origin, replyToKey: replyTo ? `${key}#${replyTo}` : null });
    }
  });
  return { notes, sources, tags, verdicts };
}

function targetSourceOf(target: unknown): string | null {
  if (typeof target === "string") return target;
  if (!isObject(target)) return null;
  return str(target.source) ?? (isObject(target.source) ? str(target.source.id) : null);
}

export function parseW3c(input: Json): ParsedAnnotations {
  const annotations = annotationsOf(input).map((annotation, index): ImportedAnnotation => {
    // Without an id, the annotation's content identifies it (the same annotation twice is one).
    const key = `w3c:${
      str(annotation.id) ??
      `sha1-${createHash("sha1")
        .update(`${index}:${JSON.stringify(annotation)}`)
        .digest("hex")}`
    }`;
    const targets = list(annotation.target);
    const selectors = targets.flatMap((target) => (isObject(target) ? [target.selector] : []));
    const { quote, position } = quoteAndPosition(selectors);
    const origin = originOf(annotation);
    return {
      key,
      quote,
      position,
      targetSource: targets.map(targetSourceOf).find(Boolean) ?? null,
      origin,
      ...readBodies(annotation, key, { ...origin, earlier: null }),
    };
  });
  return { format: "w3c", annotations, replies: [] };
}
