/**
 * Switchboard's Telegram Bot API emulator: an offline stand-in for api.telegram.org for the
 * playground and the end-to-end tests. Start here:
 * - {@link startEmulator} / {@link createEmulator} + {@link emulatorPlugin}: serve it
 * - {@link EmulatorControl} (in-process) and {@link ControlClient} (HTTP): act as users
 * - {@link implementedMethods}: which Bot API methods it answers
 */
export type * from "./apiTypes.js";
export type { CallbackAnswer } from "./callbackQueries.js";
export { type Clock, ManualClock, systemClock } from "./clock.js";
export {
  type AdminOptions,
  type AdminSpec,
  type ButtonChoice,
  type ChannelSpec,
  type ChatTarget,
  EmulatorControl,
  type GroupBotSpec,
  type GroupSpec,
  type JoinRequestInfo,
  type JoinRequestOptions,
  type UserFile,
  type UserSendOptions,
} from "./control.js";
export { ControlApiError, ControlClient } from "./controlClient.js";
export { ControlError } from "./controlTarget.js";
export type { EmulatorOptions } from "./core.js";
export {
  createEmulator,
  type Emulator,
  emulatorPlugin,
  type StartedEmulator,
  startEmulator,
} from "./emulator.js";
export { BotApiError } from "./errors.js";
export type { ChatInfo, EmulatorEvent, EventListener, TranscriptMessage } from "./events.js";
export { HtmlParseError, parseHtml } from "./htmlEntities.js";
export { implementedMethods } from "./methods/index.js";
export { CHANNEL_BOT, GROUP_ANONYMOUS_BOT } from "./senders.js";
export type { BotProfile, NewUser } from "./state.js";
