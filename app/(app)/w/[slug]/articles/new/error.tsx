"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function NewArticleError(props: RouteErrorProps) {
  return <RouteError {...props} what="The article import" back="workspace" />;
}
