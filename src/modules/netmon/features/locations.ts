/**
 * /locations: find a customer (by id, or by part of the name or e-mail), then pick one of their
 * locations from buttons, a page at a time. The choice is remembered per user and offered first
 * next time. "Change location" on any report starts the same flow; the buttons carry the ids
 * they act on, so they work outside the flow and after a restart.
 */
import { Composer } from "grammy";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { PLUME_ID } from "../auth/credentialFormat.js";
import { canPackPlumeId, changeLocation, chooseLocation, locationPage } from "../callbacks.js";
import type { PlumeCustomer } from "../domain/schemas.js";
import {
  chosenKeyboard,
  customersKeyboard,
  LOCATIONS_PER_PAGE,
  locationsKeyboard,
  rememberedKeyboard,
} from "../keyboards.js";
import type { Netmon } from "../runtime.js";
import { clearFlow, currentFlow, setFlow } from "./flow.js";
import { answer, HTML, isNotModified, isPrivate, withPlumeAccess } from "./plumeAccess.js";
import { withProgress } from "./progress.js";

const MAX_CUSTOMER_BUTTONS = 10;

export const customerName = (c: Pick<PlumeCustomer, "id" | "name" | "email">) => c.name || c.email || c.id;

async function startFlow(ctx: BotContext, netmon: Netmon): Promise<void> {
  if (!isPrivate(ctx)) {
    await answer(ctx, ctx.t("netmon-locations-private-only"));
    return;
  }
  const userId = ctx.from!.id;
  if (!(await netmon.credentials.has(userId))) {
    await answer(ctx, ctx.t("netmon-need-setup"));
    return;
  }
  setFlow(ctx, { step: "locations_query", startedAt: netmon.now() });
  const choice = await netmon.choices.get(userId);
  if (choice) {
    await ctx.reply(
      ctx.t("netmon-locations-prompt-remembered", {
        location: choice.locationName,
        customer: choice.customerName,
      }),
      { ...HTML, reply_markup: rememberedKeyboard(ctx.botIdentity, choice, ctx.t) },
    );
  } else {
    await ctx.reply(ctx.t("netmon-locations-prompt"), HTML);
  }
}

/** Shows page `page` of a customer's locations, as a new message or in place of the pressed one. */
async function showLocations(ctx: BotContext, netmon: Netmon, customer: PlumeCustomer, page: number) {
  const userId = ctx.from!.id;
  const [all, choice] = await Promise.all([
    netmon.plume.locations(userId, customer.id),
    netmon.choices.get(userId),
  ]);
  const locations = all.filter((l) => canPackPlumeId(l.id));
  const name = customerName(customer);
  const pages = Math.max(1, Math.ceil(locations.length / LOCATIONS_PER_PAGE));
  const shown = Math.min(Math.max(0, page), pages - 1);
  const slice = locations.slice(shown * LOCATIONS_PER_PAGE, (shown + 1) * LOCATIONS_PER_PAGE);
  let text: string;
  if (locations.length === 0) text = ctx.t("netmon-locations-none", { customer: name });
  else {
    text = ctx.t("netmon-locations-list", { customer: name, count: locations.length });
    if (pages > 1) text += `\n${ctx.t("netmon-locations-page", { page: shown + 1, pages })}`;
  }
  const keyboard = locationsKeyboard(
    ctx.botIdentity,
    customer.id,
    slice.map((l) => ({
      customerId: customer.id,
      locationId: l.id,
      name: l.name || l.id,
      current: choice?.locationId === l.id,
    })),
    shown,
    pages,
  );
  if (ctx.callbackQuery) {
    await ctx.editMessageText(text, { ...HTML, reply_markup: keyboard }).catch((error: unknown) => {
      if (!isNotModified(error)) throw error;
    });
    await ctx.answerCallbackQuery().catch(() => undefined);
  } else {
    await ctx.reply(text, { ...HTML, reply_markup: keyboard });
  }
}

/** A customer id or a search text typed during the flow. */
async function onQuery(ctx: BotContext, netmon: Netmon, text: string): Promise<void> {
  const query = text.trim();
  if (query.length < 2 || query.length > 64 || /[\r\n]/.test(query)) {
    await ctx.reply(ctx.t("netmon-locations-query-invalid"), HTML);
    return;
  }
  const userId = ctx.from!.id;
  await withPlumeAccess(ctx, () =>
    withProgress(ctx, "typing", async () => {
      if (PLUME_ID.test(query)) {
        const customer = await netmon.plume.customer(userId, query.toLowerCase()).catch((error: unknown) => {
          if (error instanceof BackendError && error.kind === "not_found") return undefined;
          throw error;
        });
        if (!customer) {
          await ctx.reply(ctx.t("netmon-locations-customer-not-found", { id: query }), HTML);
          return;
        }
        await showLocations(ctx, netmon, customer, 0);
        return;
      }
      const found = (await netmon.plume.searchCustomers(userId, query)).filter((c) => canPackPlumeId(c.id));
      if (found.length === 0) {
        await ctx.reply(ctx.t("netmon-locations-no-match", { query }), HTML);
      } else if (found.length === 1) {
        await showLocations(ctx, netmon, found[0]!, 0);
      } else {
        const shown = found.slice(0, MAX_CUSTOMER_BUTTONS);
        const more =
          found.length > shown.length ? `\n${ctx.t("netmon-locations-refine", { shown: shown.length })}` : "";
        await ctx.reply(ctx.t("netmon-locations-matches", { count: found.length, query }) + more, {
          ...HTML,
          reply_markup: customersKeyboard(
            ctx.botIdentity,
            shown.map((c) => ({
              id: c.id,
              label: c.email && c.name ? `${c.name} · ${c.email}` : customerName(c),
            })),
          ),
        });
      }
    }),
  );
}

export function locationsFeature(netmon: Netmon) {
  const feature = new Composer<BotContext>();
  feature.command("locations", (ctx) => startFlow(ctx, netmon));

  onCallback(feature, changeLocation, async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => undefined);
    await startFlow(ctx, netmon);
  });

  onCallback(feature, locationPage, async (ctx, { customerId, page }) => {
    await withPlumeAccess(ctx, async () => {
      const customer = await netmon.plume.customer(ctx.from!.id, customerId);
      await showLocations(ctx, netmon, customer, page);
    });
  });

  onCallback(feature, chooseLocation, async (ctx, ref) => {
    const userId = ctx.from!.id;
    await withPlumeAccess(ctx, async () => {
      const [customer, location] = await Promise.all([
        netmon.plume.customer(userId, ref.customerId),
        netmon.plume.location(userId, ref),
      ]);
      const choice = {
        ...ref,
        locationName: location.name || location.id,
        customerName: customerName(customer),
        chosenAt: netmon.now(),
      };
      await netmon.choices.set(userId, choice);
      if (isPrivate(ctx)) clearFlow(ctx);
      await ctx.answerCallbackQuery({ text: ctx.t("netmon-location-chosen-short") }).catch(() => undefined);
      await ctx
        .editMessageText(
          ctx.t("netmon-location-chosen", { location: choice.locationName, customer: choice.customerName }),
          {
            ...HTML,
            reply_markup: chosenKeyboard(ctx.botIdentity, ref, ctx.t),
          },
        )
        .catch((error: unknown) => {
          if (!isNotModified(error)) throw error;
        });
    });
  });

  // A customer id or search text typed while the flow waits for one.
  feature.chatType("private").on("message", async (ctx, next) => {
    if (currentFlow(ctx, netmon.now())?.step !== "locations_query") return next();
    const text = ctx.message.text;
    if (text === undefined) {
      await ctx.reply(ctx.t("netmon-locations-query-invalid"), HTML);
      return;
    }
    await onQuery(ctx, netmon, text);
  });
  return feature;
}
