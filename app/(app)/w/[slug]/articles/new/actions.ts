"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed-action";
import { importArticle, previewArticleFromUrl, previewArticleImport } from "@/lib/articles/import-article";
import { readUpload } from "@/lib/articles/read-upload";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getWorkspaceBySlug } from "@/lib/workspaces/get-workspace-by-slug";
import type { Actor } from "@/lib/auth/actor";

async function importInput(formData: FormData) {
  // A page a URL preview fetched: saved as previewed, never fetched again.
  const fetchedFrom = formData.get("fetchedFrom");
  const fetchReceipt = formData.get("fetchReceipt");
  const html = formData.get("html");
  if (typeof fetchedFrom === "string" && typeof html === "string")
    return { content: html, fetchedFrom, fetchReceipt: String(fetchReceipt ?? ""), fileName: null, mediaType: null };
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    return {
      content: readUpload(new Uint8Array(await file.arrayBuffer())),
      fileName: file.name,
      mediaType: file.type || null,
    };
  }
  const text = formData.get("text");
  if (typeof text === "string" && text.trim()) return { content: text, fileName: null, mediaType: null };
  throw new AppError("validation_failed", "Choose a file or paste the article text.", {
    fields: { file: ["Choose a file or paste the article text."] },
  });
}

async function workspaceId(actor: Actor, slug: string) {
  return (await getWorkspaceBySlug(getDb(), { actor, slug })).workspace.id;
}

export const previewImportAction = authedAction(async (actor, slug: string, formData: FormData) => {
  return previewArticleImport(getDb(), {
    actor,
    workspaceId: await workspaceId(actor, slug),
    input: await importInput(formData),
  });
});

export const previewUrlImportAction = authedAction(async (actor, slug: string, url: string) => {
  return previewArticleFromUrl(getDb(), { actor, workspaceId: await workspaceId(actor, slug), input: { url } });
});

export const importArticleAction = authedAction(
  async (actor, slug: string, formData: FormData, metadata: Record<string, unknown>) => {
    const article = await importArticle(getDb(), {
      actor,
      workspaceId: await workspaceId(actor, slug),
      input: { ...(await importInput(formData)), metadata },
    });
    redirect(`/w/${slug}/articles/${article.id}`);
  },
);
