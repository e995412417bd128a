/**
 * The container files, checked for what can be checked without Docker (no base images here):
 * docker-compose.yml parses and interpolates from deploy/compose.env.example; every variable it
 * gives Switchboard, API V2 and the reference backends is one they read, and their values pass
 * the same validation as at start-up (API V2 really starts with them, on PostgreSQL); the ports,
 * health paths and internal names agree between the compose file, the Caddyfile, the Dockerfile
 * and the servers; the Prometheus rules name metrics the code exports; the operator's guide runs
 * the commands package.json defines.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import type { z } from "zod";
import { usePostgres } from "../../backends/apiv2/postgresForTests.js";
import { ADMIN_PAGE_PATH } from "../../backends/tabys/adminPage.js";
import { referenceBackendsEnvSchema } from "../../scripts/referenceBackendsEnv.js";
import { processEnvSchema } from "../../src/config/envSchema.js";
import { loadConfig } from "../../src/config/loadConfig.js";
import { kernelMetrics } from "../../src/kernel/metrics.js";
import { moduleRegistry } from "../../src/modules/registry.js";
import { backendMetrics } from "../../src/platform/http/backendMetrics.js";
import { createLogger } from "../../src/platform/logger.js";
import { webhookPath } from "../../src/runtime/webhook.js";
import { createHttpServer } from "../../src/server/httpServer.js";
import { freePort, startNodeProcess } from "../support/process.js";
import { root, runNode } from "./builtApp.js";

const postgres = await usePostgres();
const read = (path: string) => readFileSync(join(root, path), "utf8");

// ---- the compose file, interpolated as `docker compose --env-file deploy/compose.env` does ----

/** `KEY=value` lines of an env file (comments and blank lines skipped). */
function parseEnvFile(text: string): Record<string, string> {
  const entries = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const);
  return Object.fromEntries(entries);
}

/** Compose's `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}` and `${VAR?error}`. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g, (_m, name, colon, op, arg) => {
    const value = env[name];
    const missing = value === undefined || (colon === ":" && value === "");
    if (!missing || op === undefined) return value ?? "";
    if (op === "?") throw new Error(`compose: ${name} is required: ${arg}`);
    return arg;
  });
}

const COMPOSE = read("docker-compose.yml");
const EXAMPLE = parseEnvFile(read("deploy/compose.env.example"));
/** What an operator fills in: every secret of the example, with values of the right shape. */
const FILLED: Record<string, string> = {
  ...EXAMPLE,
  TELEGRAM_BOT_TOKEN: "123456789:AAE-compose-check-token-abcdefghijk",
  WEBHOOK_SECRET: "b7f3c0e1a9d24f6c8e5a1b3d7f9c2e4a",
  SWITCHBOARD_SECRET_KEY: "8d2f6a1c4e7b9d3f5a2c8e1b6d4f7a9c3e5b2d8f1a6c4e9b7d3f5a2c8e1b6d4f",
  API_V2_KEY: "f1e2d3c4b5a69788796a5b4c",
  POSTGRES_PASSWORD: "0a1b2c3d4e5f60718293a4b5",
  TABYS_BOT_SECRET: "5e6f7a8b9c0d1e2f3a4b5c6d",
  ERP_INTERNAL_API_KEY: "9c8b7a6f5e4d3c2b1a0f9e8d",
};

interface Service {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  profiles?: string[];
  depends_on?: Record<string, unknown>;
  healthcheck?: { test: string[] };
  networks?: { default?: { aliases?: string[] } };
}
interface ComposeFile {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

const composeWith = (env: Record<string, string>): ComposeFile =>
  YAML.parse(interpolate(COMPOSE, env), { merge: true }) as ComposeFile;
const compose = composeWith(FILLED);
const switchboards = Object.entries(compose.services).filter(([name]) => name.startsWith("switchboard-"));

// ---- the Caddyfile: its sites and where each one proxies ----

interface Site {
  address: string;
  upstreams: string[];
  healthUri?: string;
  handles: string[];
  tlsInternal: boolean;
}

/** Top-level blocks of the Caddyfile (global options skipped), with what they proxy to. */
function caddySites(text: string): Site[] {
  const sites: Site[] = [];
  const lines = text.split("\n").map((line) => line.replace(/#.*$/, "").trim());
  let depth = 0;
  let site: Site | undefined;
  for (const line of lines) {
    if (depth === 0 && line.endsWith("{") && line !== "{") {
      site = { address: line.slice(0, -1).trim(), upstreams: [], handles: [], tlsInternal: false };
      sites.push(site);
    }
    if (site && depth > 0) {
      const proxy = /^reverse_proxy\s+(.+?)\s*\{?$/.exec(line);
      if (proxy) site.upstreams.push(...proxy[1]!.split(/\s+/));
      const health = /^health_uri\s+(\S+)/.exec(line);
      if (health) site.healthUri = health[1];
      const handle = /^handle\s+(\S+)\s*\{$/.exec(line);
      if (handle) site.handles.push(handle[1]!);
      if (line === "tls internal") site.tlsInternal = true;
    }
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    if (depth === 0) site = undefined;
  }
  return sites;
}

const caddyfile = read("deploy/caddy/Caddyfile");
// Caddy's own placeholders: `{$VAR}`, from the proxy's environment.
const sites = caddySites(caddyfile.replace(/\{\$(\w+)\}/g, (_m, name: string) => FILLED[name] ?? ""));
const site = (address: string) => {
  const found = sites.find((s) => s.address === address);
  if (!found) throw new Error(`the Caddyfile has no site ${address}; it has ${sites.map((s) => s.address)}`);
  return found;
};

/** The port a service listens on, from its own settings. */
function listeningPort(service: string): Record<string, number> | number {
  const env = compose.services[service]?.environment ?? {};
  if (service.startsWith("switchboard-")) return Number(env.PORT);
  if (service === "api-v2") return Number(env.API_V2_PORT);
  if (service === "reference-backends") {
    return {
      plume: Number(env.REFERENCE_PLUME_PORT),
      tabys: Number(env.REFERENCE_TABYS_PORT),
      roa2web: Number(env.REFERENCE_ROA2WEB_PORT),
    };
  }
  throw new Error(`no known port for ${service}`);
}

// ---- the settings each program reads ----

/** The keys of a zod object schema, through preprocess pipes. */
function schemaKeys(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === "object") return Object.keys(def.shape as object);
  if (def.type === "pipe") return [...schemaKeys(def.in as z.ZodType), ...schemaKeys(def.out as z.ZodType)];
  return [];
}

/** Every variable Switchboard reads: the process's and every module's settings. */
const SWITCHBOARD_VARIABLES = new Set([
  ...schemaKeys(processEnvSchema),
  ...Object.values(moduleRegistry).flatMap((mod) => schemaKeys(mod.config)),
]);
/** Node's own, read by the runtime before our code: the internal CA's root. */
const NODE_VARIABLES = new Set(["NODE_EXTRA_CA_CERTS"]);

describe("docker-compose.yml", () => {
  it("parses, with two Switchboard instances, Redis, PostgreSQL, a proxy, API V2 and a reference profile", () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      "api-v2",
      "postgres",
      "proxy",
      "redis",
      "reference-backends",
      "switchboard-1",
      "switchboard-2",
    ]);
    expect(compose.services["reference-backends"]?.profiles).toEqual(["reference"]);
    for (const [name, service] of Object.entries(compose.services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) {
        expect(compose.services, `${name} depends on ${dependency}`).toHaveProperty(dependency);
      }
      for (const volume of service.volumes ?? []) {
        const source = volume.split(":")[0]!;
        if (source.startsWith(".")) expect(existsSync(join(root, source)), volume).toBe(true);
        else expect(compose.volumes, `${name} mounts ${source}`).toHaveProperty(source);
      }
    }
  });

  it("asks for every variable it interpolates in deploy/compose.env.example, and refuses to start without the secrets", () => {
    const referenced = new Set([...COMPOSE.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    const caddyReferenced = [...caddyfile.matchAll(/\{\$(\w+)\}/g)].map((m) => m[1]!);
    for (const name of [...referenced, ...caddyReferenced]) expect(Object.keys(EXAMPLE)).toContain(name);
    for (const secret of ["TELEGRAM_BOT_TOKEN", "WEBHOOK_SECRET", "SWITCHBOARD_SECRET_KEY", "API_V2_KEY"]) {
      expect(() => composeWith({ ...FILLED, [secret]: "" })).toThrow(`${secret} is required`);
    }
  });

  it("gives the Switchboard instances only variables Switchboard reads, and a configuration it accepts", () => {
    expect(switchboards.map(([name]) => name)).toEqual(["switchboard-1", "switchboard-2"]);
    for (const [, service] of switchboards) {
      const env = service.environment!;
      const unknown = Object.keys(env).filter((k) => !SWITCHBOARD_VARIABLES.has(k) && !NODE_VARIABLES.has(k));
      expect(unknown).toEqual([]);
      const config = loadConfig(env, moduleRegistry);
      expect(config.demo).toBe(false);
      expect(config.env.BOT_MODE).toBe("webhook");
      expect(config.storageUrl).toBe("redis://redis:6379/0");
      // Whichever module the bot carries, its backend's internal https URL passes the URL rule.
      for (const module of ["netmon", "crm", "erp", "moderation"]) {
        const one = loadConfig({ ...env, BOT_MODULES: module }, moduleRegistry);
        expect(one.bots[0]!.modules.map((m) => m.module.name)).toEqual(["about", module]);
      }
    }
  });

  it("API V2 starts on PostgreSQL with exactly the variables the file gives it, and its health check passes", async (context) => {
    if (!postgres.url) return context.skip(postgres.skipReason);
    const service = compose.services["api-v2"]!;
    const env = service.environment!;
    const database = new URL(env.API_V2_DATABASE_URL!);
    const db = compose.services.postgres!.environment!;
    expect([database.hostname, database.port, database.pathname]).toEqual([
      "postgres",
      "5432",
      `/${db.POSTGRES_DB}`,
    ]);
    expect([database.username, database.password]).toEqual([db.POSTGRES_USER, db.POSTGRES_PASSWORD]);
    expect(service.command).toEqual(["node", "dist/backends/apiv2/main.js"]);

    // The same names and values, but this machine's PostgreSQL and a free loopback port.
    const port = await freePort();
    const run = {
      ...env,
      API_V2_HOST: "127.0.0.1",
      API_V2_PORT: String(port),
      API_V2_DATABASE_URL: postgres.url,
    };
    const api = startNodeProcess(["--import", "tsx", "backends/apiv2/main.ts"], run);
    try {
      await api.waitFor("API V2 is listening", 60_000);
      const base = `http://127.0.0.1:${port}`;
      const health = await fetch(`${base}/health`);
      expect(await health.json()).toMatchObject({ data: { status: "ok", database: "postgres" } });
      const settings = (key: string) =>
        fetch(`${base}/api/v2/groups/-1001/settings`, { headers: { authorization: `Bearer ${key}` } });
      expect((await settings(env.API_V2_KEY!)).status).not.toBe(401);
      expect((await settings("not-the-key-0123456789")).status).toBe(401);
      // The compose health check: the image's script, on the port and path API V2 serves.
      const [, , script, url] = service.healthcheck!.test;
      expect(script).toBe("dist/scripts/healthcheck.js");
      expect(new URL(url!).port).toBe(env.API_V2_PORT);
      const local = new URL(url!);
      local.port = String(port);
      expect((await runNode(["--import", "tsx", "scripts/healthcheck.ts", local.toString()])).code).toBe(0);
    } finally {
      expect((await api.exit()).code).toBe(0);
    }
  });
});

describe("ports, health paths and internal names", () => {
  it("Caddy passes Telegram's webhook deliveries, and only those, to both instances on the port they listen on", async () => {
    const env = switchboards[0]![1].environment!;
    const publicSite = site(FILLED.PUBLIC_HOST!);
    expect(new URL(env.WEBHOOK_URL!).host).toBe(FILLED.PUBLIC_HOST);
    expect(publicSite.handles).toEqual([`${webhookPath("*").replace(/\*$/, "")}*`]);
    expect(publicSite.upstreams).toEqual(switchboards.map(([name]) => `${name}:${listeningPort(name)}`));
    expect(compose.services.proxy?.ports).toEqual(["80:80", "443:443"]);

    // The path Caddy probes is one the server answers 200 while alive.
    const http = createHttpServer({
      logger: createLogger({ level: "silent", name: "test", pretty: false }),
      registry: new Registry(),
      readiness: () => [{ name: "backend", check: async () => "breaker open" }],
    });
    expect((await http.inject({ method: "GET", url: publicSite.healthUri! })).statusCode).toBe(200);
    // Not /readyz, which a backend outage fails on every instance at once.
    expect((await http.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(503);
    await http.close();
  });

  it("every internal backend URL is served over TLS by Caddy under a name it answers to, proxied to the right port", () => {
    const env = switchboards[0]![1].environment!;
    const aliases = compose.services.proxy?.networks?.default?.aliases ?? [];
    const internal = Object.entries(env).filter(([, value]) => /^https:\/\/[a-z0-9-]+\.internal/.test(value));
    expect(internal.map(([name]) => name).sort()).toEqual([
      "API_V2_URL",
      "ERP_API_URL",
      "PLUME_API_BASE",
      "PLUME_REPORTS_BASE",
      "PLUME_SSO_URL",
      "TABYS_API_URL",
    ]);
    const reference = listeningPort("reference-backends") as Record<string, number>;
    const expectedUpstream: Record<string, string> = {
      "api-v2.internal": `api-v2:${listeningPort("api-v2")}`,
      "plume.internal": `reference-backends:${reference.plume}`,
      "tabys.internal": `reference-backends:${reference.tabys}`,
      "roa2web.internal": `reference-backends:${reference.roa2web}`,
    };
    for (const [name, value] of internal) {
      const url = new URL(value);
      expect(aliases, name).toContain(url.hostname);
      const served = site(url.host);
      expect(served.tlsInternal, name).toBe(true);
      expect(served.upstreams, name).toEqual([expectedUpstream[url.hostname]]);
    }
    // The internal sites' port is not published.
    expect(compose.services.proxy?.ports?.some((p) => p.includes("8443"))).toBe(false);
  });

  it("the bots trust Caddy's internal CA: the root the proxy's health check waits for, on the volume they mount", () => {
    const proxy = compose.services.proxy!;
    const caddyData = proxy.volumes!.find((v) => v.endsWith(":/data"))!.split(":")[0];
    const rootCert = "caddy/pki/authorities/local/root.crt";
    expect(proxy.healthcheck?.test.join(" ")).toContain(`/data/${rootCert}`);
    for (const [name, service] of switchboards) {
      const mount = service.volumes!.find((v) => v.startsWith(`${caddyData}:`))!;
      expect(mount, name).toMatch(/:ro$/);
      expect(service.environment!.NODE_EXTRA_CA_CERTS).toBe(`${mount.split(":")[1]}/${rootCert}`);
      expect(service.depends_on).toMatchObject({ proxy: { condition: "service_healthy" } });
    }
  });

  it("ROA2WEB reaches the bots' save-code route through Caddy, on the instances' port", () => {
    const env = compose.services["reference-backends"]!.environment!;
    const appUrl = new URL(env.REFERENCE_APP_URL!);
    expect(compose.services.proxy?.networks?.default?.aliases).toContain(appUrl.hostname);
    expect(site(`http://${appUrl.host}`).upstreams).toEqual(
      switchboards.map(([name]) => `${name}:${listeningPort(name)}`),
    );
  });

  it("the reference backends get only variables they read, valid, and their health check hits a page they serve", () => {
    const service = compose.services["reference-backends"]!;
    const known = new Set(schemaKeys(referenceBackendsEnvSchema));
    expect(Object.keys(service.environment!).filter((k) => !known.has(k))).toEqual([]);
    const env = referenceBackendsEnvSchema.parse(service.environment);
    expect(service.command).toEqual(["node", "dist/scripts/referenceBackends.js"]);
    const health = new URL(service.healthcheck!.test[3]!);
    expect([Number(health.port), health.pathname]).toEqual([env.REFERENCE_TABYS_PORT, ADMIN_PAGE_PATH]);
    expect(service.ports).toEqual([
      `127.0.0.1:${env.REFERENCE_TABYS_PORT}:${env.REFERENCE_TABYS_PORT}`,
      `127.0.0.1:${env.REFERENCE_ROA2WEB_PORT}:${env.REFERENCE_ROA2WEB_PORT}`,
    ]);
  });

  it("Redis keeps what the bots store across a restart, and never evicts BullMQ's queues", () => {
    const command = [compose.services.redis!.command!].flat().join(" ");
    expect(command).toContain("--appendonly yes");
    expect(command).toContain("--maxmemory-policy noeviction");
    expect(compose.services.redis!.volumes).toEqual(["redis-data:/data"]);
  });

  it("every command the file runs is a script the build produces", () => {
    const commands = Object.values(compose.services).flatMap((s) => [
      ...[s.command ?? []].flat(),
      ...(s.healthcheck?.test ?? []),
    ]);
    for (const built of commands.filter((c) => c.startsWith("dist/"))) {
      const source = built.replace(/^dist\//, "").replace(/\.js$/, ".ts");
      expect(existsSync(join(root, source)), built).toBe(true);
    }
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile").replace(/\\\n\s*/g, " ");
  const instructions = dockerfile
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  const stages = instructions.filter((line) => line.startsWith("FROM "));
  const runtime = instructions.slice(instructions.lastIndexOf(stages.at(-1)!));

  it("builds in one stage and runs on slim Node 20 with production dependencies only", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(instructions).toContain("ARG NODE_VERSION=20");
    expect(stages.at(-1)).toMatch(/^FROM node:\$\{NODE_VERSION\}-bookworm-slim$/);
    expect(instructions).toContain("RUN npm run build");
    expect(instructions).toContain("RUN npm ci --omit=dev && npm cache clean --force");
    expect(runtime).toContain("COPY --from=production-deps /app/node_modules ./node_modules");
    expect(runtime).toContain("COPY --from=build /app/dist ./dist");
    expect(runtime.find((line) => line.startsWith("CMD"))).toBe('CMD ["node", "dist/main.js"]');
    expect(runtime.join("\n")).not.toMatch(/tsx|npm ci(?! --omit=dev)/);
  });

  it("runs as a non-root user, keeps its data in a volume, and checks /healthz on the port it serves", () => {
    expect(runtime).toContain("USER node");
    expect(runtime).toContain('VOLUME ["/data"]');
    const env = runtime.find((line) => line.startsWith("ENV "))!;
    expect(env).toMatch(/DATA_DIR=\/data/);
    const port = /PORT=(\d+)/.exec(env)![1];
    expect(runtime).toContain(`EXPOSE ${port}`);
    expect(runtime.find((line) => line.startsWith("HEALTHCHECK"))).toMatch(
      /CMD \["node", "dist\/scripts\/healthcheck.js"\]$/,
    );
    // That script's default is this container's PORT and /healthz (builtStart.test.ts runs it).
    for (const name of ["DATA_DIR", "PORT"]) expect(SWITCHBOARD_VARIABLES.has(name)).toBe(true);
  });

  it("leaves dependencies, builds, local data and secrets out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", "dist", "data", ".env", "*.db", "deploy/compose.env", ".git"]) {
      expect(ignored).toContain(entry);
    }
  });
});

describe("deploy/prometheus/alerts.yml", () => {
  const rules = (
    YAML.parse(read("deploy/prometheus/alerts.yml")) as {
      groups: Array<{
        rules: Array<{ alert: string; expr: string; for: string; labels: { severity: string } }>;
      }>;
    }
  ).groups.flatMap((group) => group.rules);

  it("alerts on errors, Bot API 429s, an open backend breaker and update lag", () => {
    expect(rules.map((rule) => rule.alert)).toEqual(
      expect.arrayContaining([
        "SwitchboardUpdateErrors",
        "SwitchboardBotApi429",
        "SwitchboardBackendBreakerOpen",
        "SwitchboardUpdateLag",
      ]),
    );
    for (const rule of rules) {
      expect(rule.for, rule.alert).toMatch(/^\d+m$/);
      expect(["warning", "critical"], rule.alert).toContain(rule.labels.severity);
    }
  });

  it("names only metrics Switchboard exports", async () => {
    const registry = new Registry();
    kernelMetrics(registry);
    backendMetrics(registry);
    const exported = new Set<string>();
    for (const metric of await registry.getMetricsAsJSON()) {
      exported.add(metric.name);
      if (String(metric.type) === "histogram")
        for (const suffix of ["_bucket", "_sum", "_count"]) exported.add(metric.name + suffix);
    }
    const named = rules.flatMap((rule) =>
      [...rule.expr.matchAll(/\b(?:switchboard|nodejs|process)_[a-z0-9_]+/g)].map((m) => m[0]),
    );
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !exported.has(name))).toEqual([]);
  });
});

describe("docs/operations.md", () => {
  const guide = read("docs/operations.md");

  it("runs only npm scripts package.json defines, and the built ones are the scripts the build produces", () => {
    const scripts: Record<string, string> = JSON.parse(read("package.json")).scripts;
    const used = new Set([...guide.matchAll(/npm run ([a-z0-9:-]+)/g)].map((m) => m[1]!));
    expect([...used].filter((name) => !(name in scripts))).toEqual([]);
    for (const name of ["build", "start:prod", "backup", "rotate-key"]) expect(used).toContain(name);
    for (const name of ["backup", "rotate-key", "start:prod"]) {
      const built = /^node (dist\/\S+\.js)$/.exec(scripts[name]!)![1]!;
      const source =
        built === "dist/main.js" ? "src/main.ts" : built.replace(/^dist\//, "").replace(/\.js$/, ".ts");
      expect(existsSync(join(root, source)), name).toBe(true);
    }
  });

  it("points at files that exist", () => {
    const paths = [
      ...guide.matchAll(/`((?:deploy|scripts|src|docs)\/[^`\s]+|docker-compose\.yml|Dockerfile)`/g),
    ].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(3);
    for (const path of paths) expect(existsSync(join(root, path.replace(/[),.]$/, ""))), path).toBe(true);
  });
});
