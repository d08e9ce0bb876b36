// A W3C AnnotationCollection, streamed: the collection, then its AnnotationPages embedded one in
// the next (each page's `next` is the following page), so one file holds every annotation.
import type { ExportArticle, ExportContext } from "./export-model";
import { annotationContext, claimToAnnotation } from "./w3c-annotation";

export const W3C_PAGE_SIZE = 200;

export function collectionId(ctx: ExportContext): string {
  return `${ctx.origin}/api/v1/workspaces/${ctx.workspace.id}/annotations`;
}

export async function* formatW3c(
  ctx: ExportContext,
  total: number,
  articles: AsyncIterable<ExportArticle>,
  options: { label?: string } = {},
): AsyncGenerator<string> {
  const collection = collectionId(ctx);
  const pages = Math.max(1, Math.ceil(total / W3C_PAGE_SIZE));
  const pageId = (n: number) => `${collection}?page=${n}`;
  const head = {
    "@context": annotationContext(),
    id: collection,
    type: "AnnotationCollection",
    label: options.label ?? `Margin annotations of ${ctx.workspace.name}`,
    total,
    generated: ctx.exportedAt.toISOString(),
    generator: { id: ctx.origin, type: "Software", name: "Margin" },
    ...(total > 0 ? { last: pageId(pages - 1) } : {}),
  };
  if (total === 0) {
    yield JSON.stringify(head);
    return;
  }
  yield JSON.stringify(head).slice(0, -1);
  let page = -1;
  let onPage = 0;
  let index = 0;
  const openPage = (n: number) =>
    `${n === 0 ? ',"first":' : ',"next":'}{"id":${JSON.stringify(pageId(n))},"type":"AnnotationPage","partOf":${JSON.stringify(collection)},"startIndex":${n * W3C_PAGE_SIZE}${n > 0 ? `,"prev":${JSON.stringify(pageId(n - 1))}` : ""},"items":[`;
  // One small string per annotation: the response stream gathers them into chunks, while a
  // string per article (megabytes) would live in V8's large-object space until a full collection.
  for await (const article of articles) {
    for (const claim of article.claims) {
      if (index >= total) break;
      let opening = "";
      if (onPage === 0) {
        page += 1;
        opening = openPage(page);
      } else opening = ",";
      onPage += 1;
      index += 1;
      const closing = onPage === W3C_PAGE_SIZE ? "]" : "";
      if (closing) onPage = 0;
      yield opening + JSON.stringify(claimToAnnotation(ctx, article, claim)) + closing;
    }
  }
  // Close the last open items list, then every page object, then the collection.
  yield `${onPage > 0 ? "]" : ""}${"}".repeat(page + 1)}}`;
}
