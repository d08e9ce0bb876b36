"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function ArticleError(props: RouteErrorProps) {
  return <RouteError {...props} what="This article" back="workspace" />;
}
