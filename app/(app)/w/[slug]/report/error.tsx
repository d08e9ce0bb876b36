"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function ReportError(props: RouteErrorProps) {
  return <RouteError {...props} what="The report" back="workspace" />;
}
