// Work in progress for the demo workspace, so a newcomer's first look shows what Margin does:
// claims marked on both seed articles, notes and a reply, sources, two reviewers' verdicts that
// disagree on one claim, a published final verdict and an assignment. Everything is written
// through the same use cases a person's clicks reach, acting as the demo people, so it carries
// their names in the history like any other work. The sources point at example.org: they are
// examples of the form, not references.
import type { Actor } from "../auth/actor";
import { createAssignments } from "../assignments/create-assignments";
import { createClaimFromSelectors } from "../claims/create-claim-from-selectors";
import type { Db } from "../db/client";
import { createNote } from "../notes/create-note";
import { addSource } from "../sources/add-source";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";

type Person = "editor" | "ravi" | "rosa";

interface DemoClaim {
  /** Words of the seed article the claim is marked on. */
  exact: string;
  markedBy: Person;
  notes?: { by: Person; body: string; replies?: { by: Person; body: string }[] }[];
  sources?: { by: Person; url: string; title: string; publisher: string; stance: "supports" | "refutes" | "context" }[];
  verdicts?: { by: Person; rating: string; confidence: number; rationale: string }[];
  /** The editor's final verdict, published. */
  final?: { rating: string; summary: string };
}

/** The demo work, by seed article (its file in prisma/seed/articles). */
export const DEMO_WORK: { file: string; claims: DemoClaim[]; assignTo?: Person }[] = [
  {
    file: "003_b661382ebc12cbce.txt",
    claims: [
      {
        exact: "uses a clandestine funding channel to send hundreds of thousands of dollars",
        markedBy: "editor",
        notes: [
          {
            by: "ravi",
            body: "The **amount** is the defector's own estimate. Ask for transfer records before rating.",
            replies: [{ by: "rosa", body: "Agreed; the article gives no second source for the sum." }],
          },
        ],
        sources: [
          {
            by: "ravi",
            url: "https://example.org/demo/remittance-survey",
            title: "Survey of defectors' remittances (demo example)",
            publisher: "Example Institute",
            stance: "context",
          },
        ],
        verdicts: [
          {
            by: "ravi",
            rating: "Mostly true",
            confidence: 60,
            rationale: "Plausible for one sender over several years; the sum is unverified.",
          },
          {
            by: "rosa",
            rating: "Unverifiable",
            confidence: 75,
            rationale: "Only the defector speaks to the amount, and he is anonymous.",
          },
        ],
      },
      {
        exact: "he shipped more than 3,000 Chinese LED desk lamps",
        markedBy: "ravi",
        sources: [
          {
            by: "rosa",
            url: "https://example.org/demo/shipping-manifest",
            title: "Shipping manifest shown to the reporter (demo example)",
            publisher: "Example Freight",
            stance: "supports",
          },
        ],
        verdicts: [
          { by: "ravi", rating: "True", confidence: 80, rationale: "The manifest lists 3,200 lamps." },
          { by: "rosa", rating: "True", confidence: 85, rationale: "Matches the manifest." },
        ],
        final: {
          rating: "True",
          summary: "A shipping manifest shown to the reporter lists 3,200 solar desk lamps sent in one year.",
        },
      },
      {
        exact: "North Korea has allowed a growing number of semi-legal markets known as jangmadang",
        markedBy: "rosa",
        notes: [{ by: "rosa", body: "Look for market counts from satellite imagery studies." }],
      },
    ],
  },
  {
    file: "000_743fd5c741a335b6.txt",
    assignTo: "ravi",
    claims: [
      {
        exact: "the overall success rate easily tops 40 percent, compared with below 1 percent",
        markedBy: "editor",
        notes: [{ by: "editor", body: "A quoted figure: check what counts as *success* before rating." }],
        sources: [
          {
            by: "ravi",
            url: "https://example.org/demo/accelerator-outcomes",
            title: "Accelerator outcome statistics (demo example)",
            publisher: "Example Venture Data",
            stance: "refutes",
          },
        ],
        verdicts: [
          {
            by: "ravi",
            rating: "Mostly false",
            confidence: 55,
            rationale: "Typical accelerator survival rates are far below 40 percent.",
          },
        ],
      },
      {
        exact: "Four officials from the North’s National Academy of Sciences received a four months of training",
        markedBy: "editor",
      },
    ],
  },
];

/**
 * Writes DEMO_WORK into the demo workspace, whose people and articles seedDemo has just created.
 * Returns how many claims it marked.
 */
export async function seedDemoWork(
  db: Db,
  options: { workspaceId: string; people: Record<Person, Actor>; articles: { id: string; file: string }[] },
): Promise<number> {
  const { workspaceId, people } = options;
  const ratings = await db.rating.findMany({ where: { workspaceId }, select: { id: true, label: true } });
  const ratingId = (label: string) => ratings.find((r) => r.label === label)!.id;
  let marked = 0;
  for (const work of DEMO_WORK) {
    const article = options.articles.find((a) => a.file === work.file);
    if (!article) throw new Error(`The demo work needs the seed article ${work.file}.`);
    const claimIds: string[] = [];
    for (const demo of work.claims) {
      const { claim } = await createClaimFromSelectors(db, {
        actor: people[demo.markedBy],
        workspaceId,
        articleId: article.id,
        input: { selector: [{ type: "TextQuoteSelector", exact: demo.exact }] },
      });
      claimIds.push(claim.id);
      marked++;
      const onClaim = { workspaceId, claimId: claim.id };
      for (const note of demo.notes ?? []) {
        const root = await createNote(db, { ...onClaim, actor: people[note.by], input: { body: note.body } });
        for (const reply of note.replies ?? [])
          await createNote(db, {
            ...onClaim,
            actor: people[reply.by],
            input: { body: reply.body, replyToId: root.id },
          });
      }
      const sourceIds: string[] = [];
      for (const { by, ...source } of demo.sources ?? [])
        sourceIds.push((await addSource(db, { ...onClaim, actor: people[by], input: source })).id);
      for (const verdict of demo.verdicts ?? [])
        await saveVerdict(db, {
          ...onClaim,
          actor: people[verdict.by],
          input: {
            ratingId: ratingId(verdict.rating),
            confidence: verdict.confidence,
            rationale: verdict.rationale,
            sourceIds,
            submit: true,
          },
        });
      if (demo.final) {
        const final = await setFinalVerdict(db, {
          ...onClaim,
          actor: people.editor,
          input: { ratingId: ratingId(demo.final.rating), summary: demo.final.summary },
        });
        await setFinalVerdictPublished(db, {
          ...onClaim,
          actor: people.editor,
          input: { published: true, version: final.version },
        });
      }
    }
    if (work.assignTo)
      await createAssignments(db, {
        actor: people.editor,
        workspaceId,
        input: { articleId: article.id, assigneeIds: [people[work.assignTo].userId] },
      });
  }
  return marked;
}
