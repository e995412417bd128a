/**
 * The method table and the one entry point every Bot API call goes through: authenticate the
 * token, find the method (case-insensitively, 404 if Telegram has no such method), validate the
 * parameters against the spec, run the handler.
 */
import type { EmulatorCore } from "../core.js";
import { notFound, notImplemented } from "../errors.js";
import { type Params, type UploadedFile, validateParams } from "../validate.js";
import { callbackMethods } from "./callbacks.js";
import { chatMethods } from "./chats.js";
import { commandMethods } from "./commands.js";
import { fileMethods } from "./files.js";
import { forwardingMethods } from "./forwarding.js";
import { inviteLinkMethods } from "./inviteLinks.js";
import { mediaGroupMethods } from "./mediaGroups.js";
import { memberMethods } from "./members.js";
import { messageMethods } from "./messages.js";
import type { MethodHandler, MethodTable } from "./methodContext.js";
import { connectionMethods } from "./webhooks.js";

const allMethods: MethodTable = {
  ...connectionMethods,
  ...messageMethods,
  ...fileMethods,
  ...mediaGroupMethods,
  ...forwardingMethods,
  ...callbackMethods,
  ...commandMethods,
  ...chatMethods,
  ...memberMethods,
  ...inviteLinkMethods,
};

const byLowerName = new Map<string, MethodHandler>(
  Object.entries(allMethods).map(([name, handler]) => [name.toLowerCase(), handler]),
);

/**
 * The Bot API methods the emulator implements, spelled as in the spec. A project test checks that
 * the bots call nothing outside this set.
 */
export const implementedMethods: ReadonlySet<string> = new Set(Object.keys(allMethods));

/**
 * Runs one Bot API call.
 * @param uploads multipart file parts by part name
 * @param signal aborted when the HTTP client disconnects
 * @throws BotApiError 401 bad token, 404 unknown method, 400 invalid parameters, and whatever the method throws
 */
export async function callMethod(
  core: EmulatorCore,
  token: string,
  methodName: string,
  raw: Params,
  uploads?: ReadonlyMap<string, UploadedFile>,
  signal?: AbortSignal,
): Promise<unknown> {
  const bot = core.state.authenticate(token);
  const spec = core.spec.method(methodName);
  if (!spec) throw notFound();
  const handler = byLowerName.get(methodName.toLowerCase());
  if (!handler) throw notImplemented(spec.name);
  const params = validateParams(core.spec, spec, raw, uploads);
  return await handler({ core, bot, signal }, params);
}
