/**
 * /locations, a form of two choices: the customer (found by id, or by part of the name or e-mail
 * typed as a search; a single match is taken at once), then one of their locations, a page at a
 * time. The choice is remembered per user and offered first next time. "Change location" on any
 * report starts the same form. The 📍 button of a remembered choice carries the ids it acts on, so
 * it works outside the form, in groups and after a restart; the form's own buttons survive a
 * restart too, since the form lives in the session.
 */
import { Composer } from "grammy";
import { z } from "zod";
import { onCallback } from "../../../kernel/callbacks.js";
import type { BotContext } from "../../../kernel/context.js";
import { type ChoiceResult, type ChoiceView, defineForm, type Prompt } from "../../../kernel/forms/index.js";
import { rememberIds } from "../../../kernel/idRefs.js";
import { BackendError } from "../../../platform/http/backendError.js";
import { PLUME_ID } from "../auth/credentialFormat.js";
import { changeLocation, chooseLocation, locationPage, packsWithoutRef } from "../callbacks.js";
import type { PlumeCustomer } from "../domain/schemas.js";
import { chosenKeyboard, LOCATIONS_PER_PAGE, rememberedKeyboard } from "../keyboards.js";
import type { LocationRef } from "../plumeClient.js";
import type { Netmon } from "../runtime.js";
import { accessProblem, answer, HTML, isNotModified, isPrivate, withPlumeAccess } from "./plumeAccess.js";
import { withProgress } from "./progress.js";

const MAX_CUSTOMER_BUTTONS = 10;

export const customerName = (c: Pick<PlumeCustomer, "id" | "name" | "email">) => c.name || c.email || c.id;

/** A customer id or 2-64 characters of a name or e-mail, on one line. */
const querySchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .refine((query) => !/[\r\n]/.test(query));

/** Backend work for a choice: a failure the user can act on (no /setup, SSO down…) is said instead. */
async function orProblem(ctx: BotContext, work: () => Promise<ChoiceResult>): Promise<ChoiceResult> {
  try {
    return await work();
  } catch (error) {
    const problem = accessProblem(ctx, error);
    if (problem === undefined) throw error;
    ctx.log.info({ reason: (error as Error).name }, "netmon: access problem");
    return { problem };
  }
}

/** The customers a search finds (at most ten buttons; the prompt says when there are more). */
function findCustomers(ctx: BotContext, netmon: Netmon, query: string): Promise<ChoiceResult> {
  const userId = ctx.from!.id;
  return orProblem(ctx, () =>
    withProgress(ctx, "typing", async () => {
      if (PLUME_ID.test(query)) {
        const customer = await netmon.plume.customer(userId, query.toLowerCase()).catch((error: unknown) => {
          if (error instanceof BackendError && error.kind === "not_found") return undefined;
          throw error;
        });
        if (!customer) return { problem: ctx.t("netmon-locations-customer-not-found", { id: query }) };
        return [{ value: customer.id, label: customerName(customer) }];
      }
      const found = await netmon.plume.searchCustomers(userId, query);
      if (found.length === 0) return { problem: ctx.t("netmon-locations-no-match", { query }) };
      const shown = found.slice(0, MAX_CUSTOMER_BUTTONS);
      return {
        choices: shown.map((c) => ({
          value: c.id,
          label: c.email && c.name ? `${c.name} · ${c.email}` : customerName(c),
        })),
        data: { total: found.length },
      };
    }),
  );
}

/** A customer's locations, the one the user watches marked 📍. */
function customerLocations(ctx: BotContext, netmon: Netmon, customerId: string): Promise<ChoiceResult> {
  const userId = ctx.from!.id;
  return orProblem(ctx, async () => {
    const [customer, locations, choice] = await Promise.all([
      netmon.plume.customer(userId, customerId),
      netmon.plume.locations(userId, customerId),
      netmon.choices.get(userId),
    ]);
    const name = customerName(customer);
    // Report buttons carry the customer's and the location's id: an id too long for a button
    // goes on it as a stored reference, written here, before any button can show it.
    await rememberIds(
      netmon.services.storage,
      [customerId, ...locations.map((l) => l.id)].filter((id) => !packsWithoutRef(id)),
    );
    if (locations.length === 0) return { problem: ctx.t("netmon-locations-none", { customer: name }) };
    return {
      choices: locations.map((l) => ({
        value: l.id,
        label: `${choice?.locationId === l.id ? "📍 " : ""}${l.name || l.id}`,
      })),
      data: { customer: name },
    };
  });
}

/** The first question, with the remembered location offered as a button. */
async function searchPrompt(ctx: BotContext, netmon: Netmon): Promise<Prompt> {
  const choice = await netmon.choices.get(ctx.from!.id);
  if (!choice) return ctx.t("netmon-locations-prompt");
  return {
    text: ctx.t("netmon-locations-prompt-remembered", {
      location: choice.locationName,
      customer: choice.customerName,
    }),
    buttons: rememberedKeyboard(ctx.botIdentity, choice, ctx.t).inline_keyboard,
  };
}

function matchesText(ctx: BotContext, view: ChoiceView<unknown>): string {
  const total = Number(view.data.total ?? view.count);
  const refine = total > view.count ? `\n${ctx.t("netmon-locations-refine", { shown: view.count })}` : "";
  return ctx.t("netmon-locations-matches", { count: total, query: view.query ?? "" }) + refine;
}

function locationsText(ctx: BotContext, view: ChoiceView<unknown>): string {
  const text = ctx.t("netmon-locations-list", {
    customer: String(view.data.customer ?? ""),
    count: view.count,
  });
  return view.pages > 1
    ? `${text}\n${ctx.t("netmon-locations-page", { page: view.page + 1, pages: view.pages })}`
    : text;
}

/** Makes `ref` the user's location and says so in place of the pressed message. False when Plume refused. */
async function applyChoice(ctx: BotContext, netmon: Netmon, ref: LocationRef): Promise<boolean> {
  const userId = ctx.from!.id;
  const done = await withPlumeAccess(ctx, async () => {
    const [customer, location] = await Promise.all([
      netmon.plume.customer(userId, ref.customerId),
      netmon.plume.location(userId, ref),
    ]);
    const choice = {
      customerId: ref.customerId,
      locationId: ref.locationId,
      locationName: location.name || location.id,
      customerName: customerName(customer),
      chosenAt: netmon.now(),
    };
    await netmon.choices.set(userId, choice);
    const text = ctx.t("netmon-location-chosen", {
      location: choice.locationName,
      customer: choice.customerName,
    });
    const extra = { ...HTML, reply_markup: chosenKeyboard(ctx.botIdentity, ref, ctx.t) };
    if (!ctx.callbackQuery) {
      await ctx.reply(text, extra);
      return true;
    }
    await ctx.answerCallbackQuery({ text: ctx.t("netmon-location-chosen-short") }).catch(() => undefined);
    await ctx.editMessageText(text, extra).catch((error: unknown) => {
      if (!isNotModified(error)) throw error;
    });
    return true;
  });
  return done === true;
}

/** The /locations form of one netmon instance. */
export function locationsForm(netmon: Netmon) {
  return defineForm({
    id: "locations",
    module: "netmon",
    prefix: "nm",
    timeoutMs: 60 * 60_000,
    now: netmon.now,
  })
    .choice("customer", {
      search: {
        schema: querySchema,
        invalid: "netmon-locations-query-invalid",
        notText: "netmon-locations-query-invalid",
      },
      auto: true,
      perPage: MAX_CUSTOMER_BUTTONS,
      prompt: (ctx, view) => (view.query === undefined ? searchPrompt(ctx, netmon) : matchesText(ctx, view)),
      // Nothing to list before a search: the prompt asks for one.
      choices: (ctx, { query }) => (query === undefined ? [] : findCustomers(ctx, netmon, query)),
    })
    .choice("location", {
      columns: 2,
      perPage: LOCATIONS_PER_PAGE,
      // Another search typed while a customer's locations are shown (the seed's users did that).
      textGoesBack: true,
      prompt: (ctx, view) => locationsText(ctx, view),
      choices: (ctx, { values }) => customerLocations(ctx, netmon, values.customer),
    })
    .submit(async (ctx, { customer, location }) =>
      (await applyChoice(ctx, netmon, { customerId: customer, locationId: location }))
        ? undefined
        : { retry: "location" },
    );
}

export function locationsFeature(netmon: Netmon) {
  const form = locationsForm(netmon);
  const feature = new Composer<BotContext>();

  /** Starts the form after the checks; `customerId` skips the search. */
  const start = async (ctx: BotContext, customerId?: string) => {
    if (!isPrivate(ctx)) {
      await answer(ctx, ctx.t("netmon-locations-private-only"));
      return;
    }
    if (!(await netmon.vault.has(ctx.from!.id))) {
      await answer(ctx, ctx.t("netmon-need-setup"));
      return;
    }
    if (customerId === undefined) await form.start(ctx);
    else await form.start(ctx, { customer: customerId }, { replace: true });
  };

  feature.command("locations", (ctx) => start(ctx));

  onCallback(feature, changeLocation, async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => undefined);
    await start(ctx);
  });

  // "This customer's other locations" under a remembered choice (and lists sent before forms).
  onCallback(feature, locationPage, async (ctx, { customerId }) => {
    await ctx.answerCallbackQuery().catch(() => undefined);
    await start(ctx, customerId);
  });

  // The remembered 📍 location: chosen again at once, in a private chat or a group.
  onCallback(feature, chooseLocation, async (ctx, ref) => {
    if (await applyChoice(ctx, netmon, ref)) await form.end(ctx);
  });

  feature.use(form.feature);
  return feature;
}
