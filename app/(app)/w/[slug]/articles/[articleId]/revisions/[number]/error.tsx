"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function RevisionError(props: RouteErrorProps) {
  return <RouteError {...props} what="This revision" back="article" />;
}
