"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function WorkspaceError(props: RouteErrorProps) {
  return <RouteError {...props} what="This workspace page" back="workspaces" />;
}
