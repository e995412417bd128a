import type { AnyModule } from "../kernel/defineModule.js";
import about from "./about/index.js";
import crm from "./crm/index.js";
import erp from "./erp/index.js";
import moderation from "./moderation/index.js";
import netmon from "./netmon/index.js";

/**
 * Every module Switchboard ships, by the name `BOT_MODULES` and config files use.
 * Adding a module = one folder under src/modules and one line here.
 */
export const moduleRegistry: Readonly<Record<string, AnyModule>> = {
  about,
  netmon,
  crm,
  erp,
  moderation,
};
