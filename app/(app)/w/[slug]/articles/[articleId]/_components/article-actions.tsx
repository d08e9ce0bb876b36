"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { archiveArticleAction, deleteArticleAction } from "../edit/actions";
import { useMutation } from "./mutation";

/** Archive or unarchive the article, and move it to the trash: each shown only to who may. */
export function ArticleActions({
  workspaceId,
  articleId,
  version,
  archived,
  canArchive,
  canDelete,
  listHref,
}: {
  workspaceId: string;
  articleId: string;
  version: number;
  archived: boolean;
  canArchive: boolean;
  canDelete: boolean;
  listHref: string;
}) {
  const router = useRouter();
  const mutation = useMutation();
  const [current, setCurrent] = useState({ version, archived });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canArchive ? (
        <Button
          size="sm"
          variant="secondary"
          disabled={mutation.pending}
          onClick={() =>
            mutation.run(
              () =>
                archiveArticleAction(workspaceId, articleId, {
                  archived: !current.archived,
                  version: current.version,
                }),
              (next) => {
                setCurrent(next);
                router.refresh();
              },
            )
          }
        >
          {current.archived ? "Unarchive" : "Archive"}
        </Button>
      ) : null}
      {canDelete ? (
        <Button
          size="sm"
          variant="ghost"
          className="text-red-700"
          disabled={mutation.pending}
          onClick={() => {
            if (
              window.confirm(
                "Move this article, with its revisions and every claim on it, to the trash? An editor can restore it for 30 days.",
              )
            )
              mutation.run(
                () => deleteArticleAction(workspaceId, articleId, { version: current.version }),
                () => router.push(listHref),
              );
          }}
        >
          Delete article
        </Button>
      ) : null}
      {mutation.error ? (
        <p role="alert" className="w-full text-xs text-red-700">
          {mutation.error}
        </p>
      ) : null}
    </div>
  );
}
