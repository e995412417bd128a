/**
 * The emulator as one object: state, control API, the Fastify plugin that serves both APIs, and
 * a way to listen on a port. The playground mounts `emulatorPlugin` into its own server; tests and
 * scripts usually call `startEmulator()`.
 */
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from "fastify";
import type { ApiUser } from "./apiTypes.js";
import { botApiRoutes } from "./botApiRoutes.js";
import { EmulatorControl } from "./control.js";
import { registerControlRoutes } from "./controlRoutes.js";
import { createCore, type EmulatorCore, type EmulatorOptions } from "./core.js";
import { callMethod, implementedMethods } from "./methods/index.js";
import type { BotProfile, EmulatorState } from "./state.js";

export interface Emulator {
  readonly core: EmulatorCore;
  readonly state: EmulatorState;
  readonly control: EmulatorControl;
  /** The Bot API methods this emulator answers (the rest of the spec answers 501). */
  readonly implementedMethods: ReadonlySet<string>;
  /** Names a bot: `registerBot("123:AA…", { username: "about_bot", firstName: "About" })`. */
  registerBot(token: string, profile?: BotProfile): ApiUser;
  /** Turns Telegram's sending limits on or off for one bot (by token, username or id). */
  setFloodControl(bot: string | number, on: boolean): void;
  /** Calls a Bot API method in-process, exactly as the HTTP route would (throws BotApiError). */
  call(token: string, method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Where the emulator is reachable, for download links; startEmulator sets it. */
  setPublicUrl(url: string): void;
  /** Ends long polls, webhook deliveries and pending timers. */
  close(): void;
}

/** Creates an emulator; serve it with {@link emulatorPlugin} or {@link startEmulator}. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const core = createCore(options);
  const control = new EmulatorControl(core);
  core.updates.webhooks.onReply(async (botId, method, params) => {
    const bot = core.state.bots.get(botId);
    if (bot) await callMethod(core, bot.token, method, params);
  });
  return {
    core,
    state: core.state,
    control,
    implementedMethods,
    registerBot: (token, profile) => control.registerBot(token, profile),
    setFloodControl: (bot, on) => control.setFloodControl(bot, on),
    call: (token, method, params = {}) => callMethod(core, token, method, params),
    setPublicUrl: (url) => {
      core.publicUrl = url.replace(/\/$/, "");
    },
    close: () => {
      core.callbacks.reset();
      core.updates.close();
    },
  };
}

/**
 * Serves an emulator's Bot API (`/bot<token>/<method>`, `/file/bot<token>/…`) and control API
 * (`/control/…`) from a Fastify app: `app.register(emulatorPlugin, { emulator })`. Not wrapped in
 * fastify-plugin on purpose: its body parsers must stay inside.
 */
export const emulatorPlugin: FastifyPluginAsync<{ emulator: Emulator }> = async (app, { emulator }) => {
  await app.register(botApiRoutes, { core: emulator.core });
  await app.register(async (child) => registerControlRoutes(child, emulator.control));
  // preClose, not onClose: pending long polls must answer before the server waits for its connections.
  app.addHook("preClose", async () => emulator.close());
};

export interface StartedEmulator {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** What grammY's `client.apiRoot` takes (same as `url`). */
  apiRoot: string;
  emulator: Emulator;
  state: EmulatorState;
  control: EmulatorControl;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Creates an emulator and listens on 127.0.0.1 (port 0 = any free port). */
export async function startEmulator(
  options: EmulatorOptions & { port?: number; host?: string } = {},
): Promise<StartedEmulator> {
  const emulator = createEmulator(options);
  const app = Fastify({ logger: false, forceCloseConnections: true });
  await app.register(emulatorPlugin, { emulator });
  const host = options.host ?? "127.0.0.1";
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const url = `http://${host}:${port}`;
  if (!options.publicUrl) emulator.setPublicUrl(url);
  return {
    url,
    apiRoot: url,
    emulator,
    state: emulator.state,
    control: emulator.control,
    app,
    close: () => app.close(),
  };
}
