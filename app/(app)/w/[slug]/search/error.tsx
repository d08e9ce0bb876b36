"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function SearchError(props: RouteErrorProps) {
  return <RouteError {...props} what="Search" back="workspace" />;
}
