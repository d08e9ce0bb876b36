"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function TrashError(props: RouteErrorProps) {
  return <RouteError {...props} what="The trash" back="workspace" />;
}
