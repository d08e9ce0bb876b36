// A W3C AnnotationCollection, streamed: the collection, then its AnnotationPages embedded one in
// the next (each page's `next` is the following page), so one file holds every annotation.
import type { ExportArticle, ExportContext } from "./export-model";
import { annotationContext, claimToAnnotation } from "./w3c-annotation";

export const W3C_PAGE_SIZE = 200;

export function collectionId(ctx: ExportContext): string {
  return `${ctx.origin}/api/v1/workspaces/${ctx.workspace.id}/annotations`;
}

export async function* formatW3c(ctx: ExportContext, total: number, articles: AsyncIterable<ExportArticle>, options: { label?: string } = {}): AsyncGenerator<string> {
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
  for await (const article of articles) {
    let chunk = "";
    for (const claim of article.claims) {
      if (index >= total) break;
      if (onPage === 0) {
        page += 1;
        chunk += openPage(page);
      } else chunk += ",";
      chunk += JSON.stringify(claimToAnnotation(ctx, article, claim));
      onPage += 1;
      index += 1;
      if (onPage === W3C_PAGE_SIZE) {
        chunk += "]";
        onPage = 0;
      }
    }
    if (chunk) yield chunk;
  }
  // Close the last open items list, then every page object, then the collection.
  yield `${onPage > 0 ? "]" : ""}${"}".repeat(page + 1)}}`;
}
