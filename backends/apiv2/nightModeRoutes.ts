/**
 * Night mode as the bot's scheduler needs it: for one group, or for every group that has it on,
 * whether the window is in force now (by the service's clock, in the group's time zone) and when
 * that next changes. Switching it on and off is `night_mode_on`/`night_mode_off` (enforcement,
 * logged); its window is part of the settings.
 */
import { z } from "zod";
import { defineRoute } from "./apiRoute.js";
import { chatId, groupParams, isoAt, isoInstant } from "./commonSchemas.js";
import { type GroupRow, groupsWithNightMode, readGroup, settingsOf } from "./groupStore.js";
import { nightState } from "./nightWindow.js";
import { WEEKDAYS } from "./settingsSchemas.js";

const nightModeState = z.object({
  group_id: chatId,
  enabled: z.boolean(),
  start: z.string(),
  end: z.string(),
  weekdays: z.array(z.enum(WEEKDAYS)),
  time_zone: z.string(),
  active_now: z.boolean().meta({ description: "Enabled, and the window is in force now" }),
  next_change_at: isoInstant
    .nullable()
    .meta({ description: "When active_now next flips; null when disabled" }),
});

function nightModeView(groupId: number, row: GroupRow | undefined, now: number) {
  const schedule = settingsOf(row).night_mode;
  const state = schedule.enabled ? nightState(schedule, now) : null;
  return {
    group_id: groupId,
    ...schedule,
    active_now: state?.active ?? false,
    next_change_at: state ? isoAt(state.nextChange) : null,
  };
}

export const nightModeRoutes = [
  defineRoute({
    method: "GET",
    path: "/api/v2/groups/{group_id}/night-mode",
    tag: "night mode",
    summary: "A group's night mode: its window, whether it is in force now, and the next change",
    params: groupParams,
    data: nightModeState,
    handle: async ({ params }, { db, now }) => ({
      data: nightModeView(params.group_id, await readGroup(db, params.group_id), now),
      message: "✅ Night mode loaded",
    }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/v2/night-mode",
    tag: "night mode",
    summary: "Every group with night mode on, for the bot's scheduler",
    data: z.object({ at: isoInstant, items: z.array(nightModeState) }),
    handle: async (_input, { db, now }) => ({
      data: {
        at: isoAt(now),
        items: (await groupsWithNightMode(db)).map((row) => nightModeView(row.group_id, row, now)),
      },
      message: "✅ Night mode schedule loaded",
    }),
  }),
];
