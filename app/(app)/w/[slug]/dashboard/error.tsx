"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function DashboardError(props: RouteErrorProps) {
  return <RouteError {...props} what="The dashboard" back="workspace" />;
}
