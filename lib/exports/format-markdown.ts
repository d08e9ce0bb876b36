// The Markdown report: readable as-is. Article metadata, then each claim in reading order with its
// quote, final verdict and summary, reviewers' verdicts and rationales, notes with replies, and
// sources with their stance.
import { describeProvenance, type Provenance } from "../provenance/provenance";
import type { ExportArticle, ExportClaim, ExportContext, ExportNote } from "./export-model";
import { link, neutraliseNoteMarkdown, plain, plainLines, safeHttpUrl } from "./markdown-escape";

const STANCES: Record<string, string> = { supports: "supports", refutes: "refutes", context: "adds context" };
const date = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "—");
/** Quotes text as a Markdown blockquote, every line prefixed. */
const quote = (text: string) =>
  text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
/** Indents a Markdown body under a list item. */
const indent = (text: string, spaces = 2) =>
  text
    .split("\n")
    .map((line) => (line ? " ".repeat(spaces) + line : line))
    .join("\n");
/** " (imported from Hypothesis, originally by …)" after something an import wrote; "" otherwise. */
const origin = (provenance: Provenance | null | undefined) =>
  provenance ? ` (${plain(describeProvenance(provenance).replace(/^I/, "i"))})` : "";

function noteTree(notes: ExportNote[]): string {
  const children = new Map<string | null, ExportNote[]>();
  const ids = new Set(notes.map((n) => n.id));
  for (const note of notes) {
    const parent = note.replyToId && ids.has(note.replyToId) ? note.replyToId : null;
    children.set(parent, [...(children.get(parent) ?? []), note]);
  }
  const render = (parent: string | null, depth: number): string[] =>
    (children.get(parent) ?? []).flatMap((note) => [
      `${"  ".repeat(depth)}- **${plain(note.author.name)}**, ${date(note.createdAt)}${note.tags.length ? ` (${note.tags.map((t) => `#${plain(t)}`).join(" ")})` : ""}${origin(note.provenance)}:`,
      indent(neutraliseNoteMarkdown(note.body), depth * 2 + 2),
      ...render(note.id, depth + 1),
    ]);
  return render(null, 0).join("\n");
}

function claimSection(claim: ExportClaim, index: number): string {
  const parts = [`### Claim ${index + 1}`, "", quote(plainLines(claim.exact)), ""];
  parts.push(
    `Status: ${claim.status.replace(/_/g, " ")}${claim.tags.length ? ` · Tags: ${claim.tags.map(plain).join(", ")}` : ""}${claim.anchorState === "orphaned" ? " · Needs re-anchoring" : ""}${claim.provenance ? ` · ${plain(describeProvenance(claim.provenance))}` : ""}`,
    "",
  );
  if (claim.finalVerdict) {
    const f = claim.finalVerdict;
    parts.push(
      `**Final verdict: ${plain(f.rating.label)}**${f.published ? ` (published ${date(f.publishedAt)})` : " (not published)"} by ${plain(f.editor.name)}${origin(f.provenance)}`,
      "",
      plainLines(f.summary),
      "",
    );
  } else parts.push("Final verdict: none yet.", "");
  if (claim.verdicts.length) {
    parts.push("#### Reviewers' verdicts", "");
    for (const verdict of claim.verdicts) {
      const linked = claim.sources.filter((s) => verdict.sourceIds.includes(s.id)).map((s) => plain(s.title));
      parts.push(
        `- **${plain(verdict.reviewer.name)}**: ${plain(verdict.rating.label)}, confidence ${verdict.confidence}%${linked.length ? `; sources: ${linked.join("; ")}` : ""}${origin(verdict.provenance)}`,
      );
      if (verdict.rationale.trim()) parts.push(indent(plainLines(verdict.rationale)));
    }
    parts.push("");
  }
  if (claim.notes.length) parts.push("#### Notes", "", noteTree(claim.notes), "");
  if (claim.sources.length) {
    parts.push("#### Sources", "");
    for (const source of claim.sources) {
      parts.push(
        `- ${link(source.title, source.url)} — ${plain(STANCES[source.stance] ?? source.stance)}${source.publisher ? `, ${plain(source.publisher)}` : ""}${source.accessedAt ? `, accessed ${date(source.accessedAt)}` : ""}${source.archivedUrl && safeHttpUrl(source.archivedUrl) ? `, ${link("archived copy", source.archivedUrl)}` : ""}${origin(source.provenance)}`,
      );
      if (source.excerpt) parts.push(indent(quote(plainLines(source.excerpt))));
    }
    parts.push("");
  }
  return parts.join("\n");
}

export function markdownHeader(context: ExportContext, articleCount: number): string {
  return `# Fact-check report: ${plain(context.workspace.name)}\n\nExported ${context.exportedAt.toISOString()} from Margin · ${articleCount} article${articleCount === 1 ? "" : "s"}\n\n`;
}

function articleHead(article: ExportArticle): string {
  const meta = [
    article.outlet ? `Outlet: ${plain(article.outlet)}` : null,
    article.byline ? `Byline: ${plain(article.byline)}` : null,
    article.publishedAt || article.publishedLabel
      ? `Published: ${article.publishedAt ? date(article.publishedAt) : plain(article.publishedLabel!)}`
      : null,
    article.sourceUrl
      ? `Source: ${safeHttpUrl(article.sourceUrl) ? `<${safeHttpUrl(article.sourceUrl)}>` : plain(article.sourceUrl)}`
      : null,
    `Revision ${article.revision.number} (sha256 ${article.revision.contentHash.slice(0, 12)})`,
    `${article.part.claimCount} claim${article.part.claimCount === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return [`## ${plain(article.title)}`, "", meta.map((line) => `- ${line}`).join("\n"), ""].join("\n");
}

/** Streamed a claim at a time; a long article arrives in parts, headed once. */
export async function* formatMarkdown(
  context: ExportContext,
  articleCount: number,
  articles: AsyncIterable<ExportArticle>,
): AsyncGenerator<string> {
  yield markdownHeader(context, articleCount);
  for await (const article of articles) {
    const { firstClaimIndex, claimCount } = article.part;
    if (firstClaimIndex === 0) yield articleHead(article);
    for (const [index, claim] of article.claims.entries()) yield `\n${claimSection(claim, firstClaimIndex + index)}`;
    if (firstClaimIndex + article.claims.length >= claimCount) yield "\n";
  }
}
