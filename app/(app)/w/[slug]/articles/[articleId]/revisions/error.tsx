"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function RevisionsError(props: RouteErrorProps) {
  return <RouteError {...props} what="The revision list" back="article" />;
}
