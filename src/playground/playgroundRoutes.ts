/**
 * The playground's own HTTP routes, next to the emulator's: the web chat's files (a handful, so
 * plain routes rather than a static-file plugin), what the page needs to know about the demo, the
 * reset, and the side panel's backend faults (faultRoutes.ts). The page itself talks to the
 * emulator's control API (`/control/*`) for everything else.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyReply } from "fastify";
import { registerFaultRoutes } from "./faultRoutes.js";
import type { PanelSection } from "./panel.js";

/** What `GET /playground/api/demo` answers: who can be impersonated, which bots and chats exist. */
export interface DemoInfo {
  users: Array<{
    id: number;
    first_name: string;
    last_name?: string;
    username?: string;
    language_code?: string;
    role: string;
    module?: string;
  }>;
  bots: Array<{ id: number; username: string; name: string; module: string; description: string }>;
  group: { id: number; title: string; username: string; key: string };
  panels: PanelSection[];
  version: string;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** The files the page loads, besides index.html (served at `/`). */
const ASSETS = [
  "app.js",
  "chatList.js",
  "composer.js",
  "deepLink.js",
  "entities.js",
  "faults.js",
  "liveEvents.js",
  "messageLimit.js",
  "panel.js",
  "people.js",
  "render.js",
  "restrictionNotice.js",
  "standing.js",
  "transcript.js",
  "ui.js",
  "style.css",
  "favicon.svg",
] as const;

/** The web folder, next to this file (a build copies it there: scripts/build.mjs). */
export function webRoot(): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "web");
  if (!existsSync(join(dir, "index.html")))
    throw new Error(`the playground's web files are missing from ${dir}`);
  return dir;
}

/** Same-origin only; the page never evaluates strings or injects markup. */
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-cache",
};

export interface PlaygroundRouteOptions {
  demo: () => DemoInfo;
  reset: () => Promise<void>;
  /**
   * The started reference backends by name (`Playground.backends`), for the side panel's fault
   * controls; without it the panel shows none.
   */
  backends?: () => Readonly<Record<string, { url: string } | undefined>>;
}

export function registerPlaygroundRoutes(http: FastifyInstance, options: PlaygroundRouteOptions): void {
  const root = webRoot();
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of ["index.html", ...ASSETS]) {
    const extension = name.slice(name.lastIndexOf("."));
    files.set(name, { body: readFileSync(join(root, name)), type: CONTENT_TYPES[extension]! });
  }
  const serve = (name: string) => async (_request: unknown, reply: FastifyReply) => {
    const file = files.get(name)!;
    return reply.headers(SECURITY_HEADERS).type(file.type).send(file.body);
  };

  http.get("/", serve("index.html"));
  for (const name of ASSETS) http.get(`/playground/${name}`, serve(name));
  http.get("/favicon.ico", (_request, reply) => reply.redirect("/playground/favicon.svg", 301));

  http.get("/playground/api/demo", async () => options.demo());
  const faults = registerFaultRoutes(http, options);
  const reset = async () => {
    await options.reset();
    faults.forget();
  };
  // The emulator's own reset would leave the demo store and the backends' faults behind, and the
  // demo people and group gone: here it resets the whole playground instead.
  http.addHook("onRequest", async (request, reply) => {
    if (request.method === "POST" && request.url.split("?")[0] === "/control/reset") {
      await reset();
      return reply.send({ ok: true, result: true });
    }
  });
  http.post("/playground/reset", async () => {
    await reset();
    return { ok: true };
  });
}
