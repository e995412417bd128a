/** The dashboard: the backend's counters for the modules the role may read. */

import type { CrmModule } from "../domain/rbac.js";
import type { Analytics } from "../tabysSchemas.js";
import type { Translate } from "./format.js";

export function dashboardText(
  t: Translate,
  counters: Analytics,
  modules: readonly CrmModule[],
  withSessions: boolean,
): string {
  const lines = modules.flatMap((module) => {
    const count = counters[module];
    return count === undefined ? [] : [t(`crm-dashboard-${module.replace(/_/g, "-")}`, { count })];
  });
  if (withSessions && counters.active_sessions !== undefined) {
    lines.push(t("crm-dashboard-active-sessions", { count: counters.active_sessions }));
  }
  return [t("crm-dashboard-title"), "", ...(lines.length > 0 ? lines : [t("crm-dashboard-empty")])].join(
    "\n",
  );
}
