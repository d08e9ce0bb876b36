// Renders a note's Markdown safely: raw HTML in the source is shown as text, never parsed;
// only http(s) and mailto links survive (react-markdown's URL filter drops javascript: and
// data:), and links open in a new tab without access to this page.
import ReactMarkdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

type MdNode = { type: string; children?: MdNode[] };

/** Raw HTML typed into a note is shown as the text it is, not dropped and never parsed. */
function remarkHtmlAsText() {
  const walk = (node: MdNode) => {
    if (node.type === "html") node.type = "text";
    node.children?.forEach(walk);
  };
  return (tree: MdNode) => walk(tree);
}

export function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return SAFE_PROTOCOL.test(cleaned) ? cleaned : "";
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-accent underline">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Images in notes would load third-party content into reviewers' browsers: show them as links.
  img: ({ src, alt }) =>
    typeof src === "string" && safeUrl(src) ? (
      <a href={safeUrl(src)} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-accent underline">
        {alt || "image"}
      </a>
    ) : null,
};

export function MarkdownView({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div className={`prose-note space-y-2 break-words text-sm leading-relaxed ${className}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm, remarkHtmlAsText]} urlTransform={safeUrl} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
