"use client";

import { TimeStamp } from "@/components/ui/time-stamp";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { TrashItemView } from "@/lib/trash/list-trash";
import { purgeTrashItemAction, restoreTrashItemAction } from "../actions";
import { settleAction } from "@/lib/actions/call-action";

type Item = TrashItemView;

const KIND = { article: "Article", claim: "Claim", note: "Note", source: "Source" } as const;

function Where({ item }: { item: Item }) {
  const parts: string[] = [];
  if (item.claim) parts.push(`claim “${item.claim.quote}”${item.claim.inTrash ? " (in the trash)" : ""}`);
  if (item.article) parts.push(`${item.article.title}${item.article.inTrash ? " (in the trash)" : ""}`);
  return <span className="text-stone-700">{parts.length ? parts.join(" · ") : "—"}</span>;
}

/** The trash as a table; each row restores (editors) or purges (admins), with what happened announced above. */
export function TrashList({
  slug,
  workspaceId,
  items,
  canRestore,
  canPurge,
}: {
  slug: string;
  workspaceId: string;
  items: Item[];
  canRestore: boolean;
  canPurge: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string; href?: string } | null>(null);
  const hrefOf = (item: Item) => {
    const articleId = item.entityType === "article" ? item.entityId : item.article?.id;
    if (!articleId) return undefined;
    const claimId = item.entityType === "claim" ? item.entityId : item.claim?.id;
    return `/w/${slug}/articles/${articleId}${claimId ? `?claim=${encodeURIComponent(claimId)}` : ""}`;
  };
  const act = (item: Item, kind: "restore" | "purge") =>
    startTransition(async () => {
      setOutcome(null);
      const result =
        kind === "restore"
          ? await settleAction(() => restoreTrashItemAction(workspaceId, item.id))
          : await settleAction(() => purgeTrashItemAction(workspaceId, item.id));
      if (!result.ok) return setOutcome({ tone: "error", text: result.error });
      const what = `${KIND[item.entityType]} “${item.label}”`;
      setOutcome(
        kind === "restore"
          ? { tone: "success", text: `${what} is back.`, ...(hrefOf(item) ? { href: hrefOf(item) } : {}) }
          : { tone: "success", text: `${what} was purged for good.` },
      );
      router.refresh();
    });

  return (
    <div className="space-y-4">
      {outcome ? (
        <Notice tone={outcome.tone}>
          {outcome.text}{" "}
          {outcome.href ? (
            <Link href={outcome.href} className="underline">
              Open it
            </Link>
          ) : null}
        </Notice>
      ) : null}
      {items.length === 0 ? (
        <p className="text-stone-700">The trash is empty.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Deleted items, most recent first</caption>
            <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  What
                </th>
                <th scope="col" className="px-3 py-2">
                  Where
                </th>
                <th scope="col" className="px-3 py-2">
                  Deleted by
                </th>
                <th scope="col" className="px-3 py-2">
                  When
                </th>
                <th scope="col" className="px-3 py-2">
                  Days left
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {items.map((item) => (
                <tr key={item.id} aria-label={`${KIND[item.entityType]}: ${item.label}`}>
                  <td className="px-3 py-2 align-top">
                    <span className="mr-1.5 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700">
                      {KIND[item.entityType]}
                    </span>
                    <span className="break-words">{item.label}</span>
                  </td>
                  <td className="px-3 py-2 align-top">
                    <Where item={item} />
                  </td>
                  <td className="px-3 py-2 align-top">{item.deletedBy.name}</td>
                  <td className="px-3 py-2 align-top">
                    <TimeStamp date={item.deletedAt} />
                  </td>
                  <td className="px-3 py-2 align-top">{item.daysLeft}</td>
                  <td className="px-3 py-2 align-top">
                    <div className="flex gap-2">
                      {canRestore ? (
                        <Button size="sm" variant="secondary" disabled={pending} onClick={() => act(item, "restore")}>
                          Restore<span className="sr-only"> {item.label}</span>
                        </Button>
                      ) : null}
                      {canPurge ? (
                        <Button
                          size="sm"
                          variant="ghost"
                          className="text-red-700"
                          disabled={pending}
                          onClick={() => {
                            if (
                              window.confirm(`Purge ${KIND[item.entityType].toLowerCase()} “${item.label}” for good?`)
                            )
                              act(item, "purge");
                          }}
                        >
                          Purge<span className="sr-only"> {item.label}</span>
                        </Button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
