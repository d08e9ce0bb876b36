"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function SettingsError(props: RouteErrorProps) {
  return <RouteError {...props} what="Your settings" back="workspaces" />;
}
