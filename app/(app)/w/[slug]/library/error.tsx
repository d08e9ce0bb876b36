"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function LibraryError(props: RouteErrorProps) {
  return <RouteError {...props} what="The library of fact-checks" back="workspace" />;
}
