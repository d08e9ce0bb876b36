"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function ArticleEditError(props: RouteErrorProps) {
  return <RouteError {...props} what="The article editor" back="article" />;
}
