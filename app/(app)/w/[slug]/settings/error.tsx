"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function WorkspaceSettingsError(props: RouteErrorProps) {
  return <RouteError {...props} what="Workspace settings" back="workspace" />;
}
