// Checks a document against the MUST rules of the W3C Web Annotation Data Model (Recommendation,
// 23 February 2017), written from the spec text: sections 3.1 (Annotation), 3.2.4 (TextualBody),
// 3.3.1 (lifecycle dates), 3.3.5 (motivation and purpose), 4 (SpecificResource), 4.2.4/4.2.5
// (TextQuote/TextPosition selectors), 4.3.1 (TimeState), 5.1/5.2 (collections and pages).
// Returns the list of violations (empty when the document conforms).
import { ANNO_CONTEXT } from "../exports/w3c-annotation";

type Json = Record<string, unknown>;

const MOTIVATIONS = new Set([
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
]);
// xsd:dateTime; the model says SHOULD have a timezone for created/modified, MUST for sourceDate.
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME_ZONED = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const isIri = (v: unknown) => typeof v === "string" && /^[a-z][a-z0-9+.-]*:\S*$/i.test(v);
const isNonNegativeInteger = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;

function checkContext(doc: Json, where: string, errors: string[]) {
  const context = doc["@context"];
  if (context === undefined) return errors.push(`${where}: @context is required`);
  const values = list(context);
  if (!values.includes(ANNO_CONTEXT)) errors.push(`${where}: @context must include ${ANNO_CONTEXT}`);
  if (Array.isArray(context) && context.length === 1)
    errors.push(`${where}: a single @context value must be given as a string`);
}

function checkTypes(value: unknown, required: string, where: string, errors: string[]) {
  const types = list(value);
  if (types.length === 0 || !types.includes(required)) errors.push(`${where}: type must include "${required}"`);
}

function checkDates(resource: Json, where: string, errors: string[]) {
  for (const key of ["created", "modified", "generated"]) {
    if (resource[key] === undefined) continue;
    if (Array.isArray(resource[key])) errors.push(`${where}: ${key} must have exactly one value`);
    else if (typeof resource[key] !== "string" || !DATE_TIME.test(resource[key]))
      errors.push(`${where}: ${key} must be an xsd:dateTime`);
  }
}

function checkPurpose(resource: Json, key: "motivation" | "purpose", where: string, errors: string[]) {
  for (const value of list(resource[key])) {
    if (typeof value !== "string" || !(MOTIVATIONS.has(value) || isIri(value)))
      errors.push(`${where}: ${key} "${String(value)}" is not a Web Annotation motivation`);
  }
}

function checkSelector(selector: unknown, where: string, errors: string[]) {
  if (!isObject(selector)) return;
  const type = selector.type;
  if (type === "TextQuoteSelector") {
    if (typeof selector.exact !== "string")
      errors.push(`${where}: TextQuoteSelector must have exactly one exact string`);
    for (const key of ["prefix", "suffix"])
      if (selector[key] !== undefined && typeof selector[key] !== "string")
        errors.push(`${where}: TextQuoteSelector ${key} must be a single string`);
  }
  if (type === "TextPositionSelector") {
    if (!isNonNegativeInteger(selector.start))
      errors.push(`${where}: TextPositionSelector must have exactly one non-negative integer start`);
    if (!isNonNegativeInteger(selector.end))
      errors.push(`${where}: TextPositionSelector must have exactly one non-negative integer end`);
  }
  if (selector.refinedBy !== undefined)
    list(selector.refinedBy).forEach((refined) => checkSelector(refined, `${where}.refinedBy`, errors));
}

function checkState(state: unknown, where: string, errors: string[]) {
  if (!isObject(state) || state.type !== "TimeState") return;
  const single = state.sourceDate !== undefined;
  const range = state.sourceDateStart !== undefined || state.sourceDateEnd !== undefined;
  if (single === range)
    errors.push(`${where}: TimeState must have exactly one sourceDate, or both sourceDateStart and sourceDateEnd`);
  for (const key of ["sourceDate", "sourceDateStart", "sourceDateEnd"]) {
    if (state[key] !== undefined && (typeof state[key] !== "string" || !DATE_TIME_ZONED.test(state[key])))
      errors.push(`${where}: ${key} must be an xsd:dateTime with a timezone`);
  }
  for (const cached of list(state.cached)) if (!isIri(cached)) errors.push(`${where}: cached must be IRIs`);
}

function checkResource(resource: unknown, where: string, errors: string[]) {
  if (typeof resource === "string") {
    if (!isIri(resource)) errors.push(`${where}: must be an IRI`);
    return;
  }
  if (!isObject(resource)) return errors.push(`${where}: must be an IRI or an object`);
  const types = list(resource.type);
  checkDates(resource, where, errors);
  checkPurpose(resource, "purpose", where, errors);
  if (resource.id !== undefined && !isIri(resource.id)) errors.push(`${where}: id must be an IRI`);
  if (types.includes("TextualBody") || resource.value !== undefined) {
    if (typeof resource.value !== "string") errors.push(`${where}: a TextualBody must have exactly one value string`);
  }
  if (types.includes("SpecificResource") || resource.source !== undefined || resource.selector !== undefined) {
    const source = resource.source;
    if (source === undefined || Array.isArray(source) || !(isIri(source) || (isObject(source) && isIri(source.id))))
      errors.push(`${where}: a SpecificResource must have exactly one source`);
    list(resource.selector).forEach((selector, i) => checkSelector(selector, `${where}.selector[${i}]`, errors));
    list(resource.state).forEach((state, i) => checkState(state, `${where}.state[${i}]`, errors));
  }
}

export function validateAnnotation(
  annotation: unknown,
  where = "annotation",
  options: { embedded?: boolean } = {},
): string[] {
  const errors: string[] = [];
  if (!isObject(annotation)) return [`${where}: must be an object`];
  if (!options.embedded) checkContext(annotation, where, errors);
  if (!isIri(annotation.id) || Array.isArray(annotation.id)) errors.push(`${where}: must have exactly one id IRI`);
  checkTypes(annotation.type, "Annotation", where, errors);
  const targets = list(annotation.target);
  if (targets.length === 0) errors.push(`${where}: must have at least one target`);
  targets.forEach((target, i) => checkResource(target, `${where}.target[${i}]`, errors));
  list(annotation.body).forEach((body, i) => checkResource(body, `${where}.body[${i}]`, errors));
  if (annotation.bodyValue !== undefined && (annotation.body !== undefined || typeof annotation.bodyValue !== "string"))
    errors.push(`${where}: bodyValue must be a single string and not used with body`);
  checkDates(annotation, where, errors);
  checkPurpose(annotation, "motivation", where, errors);
  if (annotation.canonical !== undefined && !isIri(annotation.canonical))
    errors.push(`${where}: canonical must be a single IRI`);
  return errors;
}

export function validateAnnotationPage(page: unknown, where = "page", options: { embedded?: boolean } = {}): string[] {
  const errors: string[] = [];
  if (!isObject(page)) return [`${where}: must be an object`];
  if (!options.embedded) checkContext(page, where, errors);
  if (!isIri(page.id)) errors.push(`${where}: must have exactly one id IRI`);
  checkTypes(page.type, "AnnotationPage", where, errors);
  const items = list(page.items);
  if (items.length === 0) errors.push(`${where}: must have one or more items`);
  items.forEach((item, i) => errors.push(...validateAnnotation(item, `${where}.items[${i}]`, { embedded: true })));
  if (page.startIndex !== undefined && !isNonNegativeInteger(page.startIndex))
    errors.push(`${where}: startIndex must be a non-negative integer`);
  for (const key of ["partOf", "prev"])
    if (page[key] !== undefined && !(isIri(page[key]) || isObject(page[key])))
      errors.push(`${where}: ${key} must be an IRI or an object`);
  if (isObject(page.next)) errors.push(...validateAnnotationPage(page.next, `${where}.next`, { embedded: true }));
  else if (page.next !== undefined && !isIri(page.next)) errors.push(`${where}: next must be an IRI or a page`);
  return errors;
}

export function validateAnnotationCollection(collection: unknown): string[] {
  const errors: string[] = [];
  if (!isObject(collection)) return ["collection: must be an object"];
  checkContext(collection, "collection", errors);
  if (!isIri(collection.id)) errors.push("collection: must have exactly one id IRI");
  checkTypes(collection.type, "AnnotationCollection", "collection", errors);
  if (collection.total !== undefined && !isNonNegativeInteger(collection.total))
    errors.push("collection: total must be a non-negative integer");
  checkDates(collection, "collection", errors);
  const total = typeof collection.total === "number" ? collection.total : undefined;
  if (total && collection.first === undefined) errors.push("collection: a collection with annotations must have first");
  if (isObject(collection.first))
    errors.push(...validateAnnotationPage(collection.first, "collection.first", { embedded: true }));
  else if (collection.first !== undefined && !isIri(collection.first))
    errors.push("collection: first must be an IRI or a page");
  if (collection.last !== undefined && !(isIri(collection.last) || isObject(collection.last)))
    errors.push("collection: last must be an IRI or a page");
  return errors;
}

/** Every annotation of a collection whose pages are embedded in one another. */
export function annotationsOfCollection(collection: Json): Json[] {
  const items: Json[] = [];
  let page: unknown = collection.first;
  while (isObject(page)) {
    items.push(...(list(page.items) as Json[]));
    page = page.next;
  }
  return items;
}
