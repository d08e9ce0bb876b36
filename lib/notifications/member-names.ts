// The current names of a workspace's members, to show mentions as text (exports, search snippets).
import type { DbTx } from "../db/client";
import { renderMentions } from "./mentions";

export async function mentionsAsTextIn(db: DbTx, workspaceId: string): Promise<(body: string) => string> {
  const members = await db.membership.findMany({
    where: { workspaceId },
    select: { user: { select: { id: true, name: true } } },
  });
  const names = new Map(members.map(({ user }) => [user.id, user.name]));
  return (body) => (body.includes("](user:") ? renderMentions(body, (id) => names.get(id), "text") : body);
}
