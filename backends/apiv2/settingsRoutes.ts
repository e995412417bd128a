/**
 * A group's settings: `GET` (defaults for a group never changed) and `PATCH` (partial, merged
 * block by block, validated whole; the first PATCH creates the group's row).
 */
import { defineRoute } from "./apiRoute.js";
import { groupParams } from "./commonSchemas.js";
import { invalid } from "./envelope.js";
import { parseInput } from "./fieldIssues.js";
import { readGroup, saveSettings, settingsOf, settingsView } from "./groupStore.js";
import {
  groupSettingsSchema,
  mergeSettings,
  settingsPatchSchema,
  settingsViewSchema,
} from "./settingsSchemas.js";

export const settingsRoutes = [
  defineRoute({
    method: "GET",
    path: "/api/v2/groups/{group_id}/settings",
    tag: "settings",
    summary: "A group's settings (the defaults until it is first changed)",
    params: groupParams,
    data: settingsViewSchema,
    handle: async ({ params }, { db }) => ({
      data: settingsView(params.group_id, await readGroup(db, params.group_id)),
      message: "✅ Settings loaded",
    }),
  }),
  defineRoute({
    method: "PATCH",
    path: "/api/v2/groups/{group_id}/settings",
    tag: "settings",
    summary: "Change some settings",
    description:
      "Any subset of the settings; each block is partial too (what is absent is kept), " +
      "`locks` and `night_mode.weekdays` are replaced whole, null clears a nullable setting. " +
      "The merged settings are validated as a whole. Answers all the settings.",
    params: groupParams,
    body: settingsPatchSchema,
    data: settingsViewSchema,
    handle: async ({ params, body }, { db, now }) => {
      const merged = mergeSettings(settingsOf(await readGroup(db, params.group_id)), body);
      const checked = parseInput(groupSettingsSchema, merged, "body");
      if ("issues" in checked) throw invalid(checked.issues);
      const row = await saveSettings(db, params.group_id, checked.data, now);
      return { data: settingsView(params.group_id, row), message: "✅ Settings updated" };
    },
  }),
];
