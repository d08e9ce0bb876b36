import { createHash } from "node:crypto";
// W3C Web Annotations: a single Annotation, an AnnotationPage, or an AnnotationCollection whose
// pages are embedded (as Margin exports them). Bodies by purpose: commenting/replying → notes,
// linking → sources, tagging → tags, assessing → verdicts; Margin's margin:* terms restore what
// the standard vocabulary has no words for (stance, confidence, the final verdict).
import type { ImportedAnnotation, ImportedSource, ImportedVerdict, ParsedAnnotations } from "./annotation-model";
import { quoteAndPosition } from "./selectors";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown) => (typeof v === "string" ? v : null);
const types = (v: Json) => list(v.type).map(String);

function creatorName(value: unknown): string | null {
  const creator = list(value)[0];
  if (typeof creator === "string") return creator;
  return isObject(creator) ? (str(creator.name) ?? str(creator.nickname) ?? str(creator.id)) : null;
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
        creator: null,
      });
    if (!isObject(raw)) return;
    const bodyKey = `${key}#${str(raw.id) ?? `body-${index}`}`;
    const purpose = list(raw.purpose).map(String)[0] ?? "commenting";
    const creator = creatorName(raw.creator);
    if (purpose === "tagging" && typeof raw.value === "string") return tags.push(raw.value);
    if (purpose === "assessing") {
      const label = str(raw["margin:rating"]) ?? (str(raw.value)?.split(":")[0] ?? "").trim();
      if (!label) return;
      return verdicts.push({
        key: bodyKey,
        rating: label,
        confidence: Number.isInteger(raw["margin:confidence"]) ? (raw["margin:confidence"] as number) : 70,
        rationale: str(raw["margin:rationale"]) ?? str(raw["margin:summary"]) ?? str(raw.value) ?? "",
        creator,
        final: raw["margin:final"] === true,
        published: raw["margin:published"] === true,
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
        creator,
      });
    }
    if (typeof raw.value === "string") {
      const replyTo = str(raw["margin:replyTo"]);
      notes.push({
        key: bodyKey,
        body: raw.value,
        creator,
        created: str(raw.created),
        replyToKey: replyTo ? `${key}#${replyTo}` : null,
      });
    }
  });
  return { notes, sources, tags, verdicts };
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
    return { key, quote, position, creator: creatorName(annotation.creator), ...readBodies(annotation, key) };
  });
  return { format: "w3c", annotations, replies: [] };
}
