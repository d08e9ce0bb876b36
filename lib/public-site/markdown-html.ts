// The editor's summary as HTML for the public site, by micromark (the CommonMark parser under
// react-markdown, with GitHub's extensions): raw HTML in the Markdown is escaped, not passed
// through, and link targets other than http(s), mailto and relative ones are dropped.
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

export function markdownToSafeHtml(markdown: string): string {
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
  });
}
