// Files for import tests: a short story, W3C and Hypothesis files whose bodies name other people
// as their authors (what an attacker would send), and a W3C export of articles as someone sees them.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { formatW3c } from "../exports/format-w3c";
import { openExport } from "../exports/load-export-articles";
import { makeArticle } from "./factories";

export const STORY = [
  "The minister said unemployment fell to 4.1 percent in March.",
  "Critics said the figure ignores part-time work.",
  "The ministry published the data on Friday.",
];
export const STORY_URL = "https://news.example/2016/12/jobs";
export const FIRST_CLAIM = "unemployment fell to 4.1 percent in March";
export const SECOND_CLAIM = "the figure ignores part-time work";

type Person = { name: string; email: string };
type Json = Record<string, unknown>;

export async function makeStory(
  db: Db,
  workspaceId: string,
  createdById: string,
  sourceUrl: string | null = STORY_URL,
) {
  const article = await makeArticle(db, workspaceId, createdById, STORY, "Jobs figures");
  await db.article.update({ where: { id: article.articleId }, data: { sourceUrl } });
  return article;
}

/** One W3C Annotation (by nobody named) on FIRST_CLAIM whose bodies credit `editor` and `colleague`; one names nobody. */
export function w3cFileNaming(editor: Person, colleague: Person, target = STORY_URL): Json {
  const base = "https://annotations.example/anno/1";
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: base,
    type: "Annotation",
    created: "2016-12-01T09:00:00Z",
    target: { source: target, selector: { type: "TextQuoteSelector", exact: FIRST_CLAIM } },
    body: [
      {
        id: `${base}#note`,
        type: "TextualBody",
        purpose: "commenting",
        value: "Checked with the statistics office.",
        creator: { type: "Person", name: editor.name, email: `mailto:${editor.email}` },
        created: "2016-12-01T10:00:00Z",
      },
      {
        id: `${base}#source`,
        type: "SpecificResource",
        purpose: "linking",
        source: "https://stats.example/march",
        "margin:title": "March labour survey",
        "margin:stance": "refutes",
        creator: { type: "Person", name: colleague.name },
        created: "2016-12-02T10:00:00Z",
      },
      {
        id: `${base}#final`,
        type: "TextualBody",
        purpose: "assessing",
        value: "False: the survey says 4.6 percent.",
        "margin:rating": "False",
        "margin:final": true,
        "margin:published": true,
        creator: { type: "Person", name: editor.name, email: editor.email },
        created: "2016-12-03T10:00:00Z",
      },
      {
        id: `${base}#colleague-verdict`,
        type: "TextualBody",
        purpose: "assessing",
        value: "True: the minister is right.",
        "margin:rating": "True",
        "margin:confidence": 90,
        creator: { type: "Person", name: colleague.name, email: colleague.email },
        created: "2016-12-04T10:00:00Z",
      },
      {
        id: `${base}#unattributed-verdict`,
        type: "TextualBody",
        purpose: "assessing",
        value: "Mostly false: the survey differs.",
        "margin:rating": "Mostly false",
        "margin:confidence": 60,
        "margin:sources": [`${base}#source`],
      },
    ],
  };
}

/** A Hypothesis export: an annotation by the editor's account on SECOND_CLAIM and a colleague's reply. */
export function hypothesisFileNaming(editor: Person, colleague: Person, uri = STORY_URL): Json {
  return {
    export_date: "2016-12-10T00:00:00.000Z",
    annotations: [
      {
        id: "hyp-root",
        created: "2016-12-01T10:00:00.000000+00:00",
        user: "acct:elena@hypothes.is",
        user_info: { display_name: editor.name },
        uri,
        text: "Which survey?",
        tags: ["jobs"],
        target: [{ source: uri, selector: [{ type: "TextQuoteSelector", exact: SECOND_CLAIM }] }],
      },
      {
        id: "hyp-reply",
        created: "2016-12-02T11:30:00.000000+00:00",
        user: "acct:rosa@hypothes.is",
        user_info: { display_name: colleague.name },
        uri,
        text: "The labour force survey.",
        references: ["hyp-root"],
        target: [{ source: uri }],
      },
    ],
  };
}

/** Articles as `actor` may export them (blind review applies), as one W3C AnnotationCollection. */
export async function exportW3c(db: Db, actor: Actor, workspaceId: string, articleIds: string[]): Promise<Json> {
  const exported = await openExport(db, { actor, workspaceId, articleIds, origin: "https://margin.example" });
  let json = "";
  for await (const chunk of formatW3c(exported.context, exported.claimCount, exported.articles())) json += chunk;
  return JSON.parse(json) as Json;
}
