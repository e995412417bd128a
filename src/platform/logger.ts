/**
 * The process logger: pino, with secrets redacted wherever they appear.
 *
 * pino's `redact` option only censors values at fixed object paths. Secrets also travel inside
 * free text (an error message quoting a Bot API URL, a stack trace, a header echoed in a string)
 * and under field names at any depth, so the hand-written part below walks every logged value:
 * `hooks.logMethod` scrubs the message and its interpolation arguments, `formatters.log` scrubs
 * merge objects, a wrapped `child` scrubs child bindings, and the `err`/`req`/`res`
 * serializers scrub what they produce. `redact.paths` stays as a second net for the well-known
 * header locations.
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import pretty from "pino-pretty";

/** What a redacted value is replaced with (pino's own censor string, so both layers agree). */
export const REDACTED = "[Redacted]";

/** Field names (compared lowercased, without `_` and `-`) whose values are always secret. */
const SECRET_FIELDS = new Set([
  "token",
  "accesstoken",
  "refreshtoken",
  "idtoken",
  "password",
  "passwd",
  "secret",
  "otp",
  "code",
  "linkcode",
  "apikey",
  "credentials",
  "jwt",
  "cookie",
  "setcookie",
  "authorization",
  "proxyauthorization",
]);

/** Suffixes that make a field secret too (`botToken`, `clientSecret`, `x-api-key`, `adminPassword`). */
const SECRET_SUFFIXES = ["token", "secret", "password", "apikey", "authorization", "credentials"];

/** True when a field with this name holds a secret. `statusCode` or `errorCode` do not: `code` is exact. */
export function isSecretField(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[-_]/g, "");
  if (SECRET_FIELDS.has(normalized)) return true;
  return SECRET_SUFFIXES.some((suffix) => normalized.endsWith(suffix));
}

const FIELD_NAMES =
  "token|access_token|refresh_token|id_token|password|passwd|secret|otp|code|link_code|linkCode|api_key|apiKey|jwt";

/** Free-text patterns, each with its replacement. Order matters: URLs before bare tokens. */
const TEXT_RULES: Array<[RegExp, string]> = [
  // Bot API URLs: https://api.telegram.org/bot<id>:<secret>/getMe (also /file/bot…).
  [/\/bot\d+:[^/\s?#"'<>]+/g, `/bot${REDACTED}`],
  // A bare bot token (numeric id, colon, 30+ url-safe characters).
  [/\b\d{5,}:[A-Za-z0-9_-]{30,}/g, REDACTED],
  // Credentials in a URL's user-info: redis://:pass@host, https://user:pass@host.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]*:)[^@\s/]+@/gi, `$1${REDACTED}@`],
  // An Authorization header quoted in text, whatever its scheme.
  [
    /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:Bearer|Basic|Token|Bot)\s+)?[^\s"',;]+/gi,
    `$1${REDACTED}`,
  ],
  // "Bearer xxx" / "Basic xxx" anywhere.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // JWTs: base64url JSON header starting with eyJ, then payload and (possibly empty) signature.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED],
  // key=value in query strings and form bodies: ?token=…&password=…
  [new RegExp(`([?&;\\s](?:${FIELD_NAMES})=)[^&\\s#"']+`, "gi"), `$1${REDACTED}`],
  // JSON quoted in text: "password":"…"
  [new RegExp(`("(?:${FIELD_NAMES})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, "gi"), `$1"${REDACTED}"`],
];

/**
 * Removes secrets from free text: bot tokens (and Bot API URLs carrying them), Bearer/Basic
 * credentials, JWTs, URL passwords and `token=`-style parameters. The kernel uses it on error
 * messages before they reach a user or a log.
 */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TEXT_RULES) out = out.replace(pattern, replacement);
  return out;
}

/** Deeper than this a value is cut: a cycle or a huge object must not stall logging. */
const MAX_DEPTH = 10;

/**
 * Returns a redacted copy of a value for logging: secret-named fields censored at any depth,
 * strings scrubbed with {@link redactText}, errors serialized (message, stack, cause, own
 * fields) and scrubbed. The input is never mutated.
 */
export function redactValue(value: unknown): unknown {
  return walk(value, 0, new WeakSet());
}

function walk(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[Circular]";
  if (depth >= MAX_DEPTH) return "[Truncated]";
  seen.add(value);
  try {
    if (value instanceof Error) return walk(pino.stdSerializers.err(value), depth, new WeakSet());
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, seen));
    if (ArrayBuffer.isView(value)) return `[${value.constructor.name}]`;
    // URL, Date and friends: log what JSON would print, scrubbed (a URL's href can carry a token).
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return walk(toJSON.call(value), depth + 1, seen);
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      out[key] = isSecretField(key) ? REDACTED : walk(field, depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** Merge-object keys that have their own serializer: left for it, which redacts its own output. */
const SERIALIZED_KEYS = new Set(["err", "req", "res"]);

function redactMergeObject(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (isSecretField(key)) out[key] = REDACTED;
    else if (SERIALIZED_KEYS.has(key)) out[key] = value;
    else out[key] = redactValue(value);
  }
  return out;
}

/** The message pino would take from an error when none is given: scrubbed here, as pino won't. */
function implicitMessage(first: unknown): string | undefined {
  if (first instanceof Error) return first.message;
  if (first && typeof first === "object") {
    const obj = first as { msg?: unknown; err?: unknown };
    if (obj.msg === undefined && obj.err instanceof Error) return obj.err.message;
  }
  return undefined;
}

/** Header locations pino censors by path, in the casings HTTP libraries actually use. */
const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.Authorization",
  "req.headers.cookie",
  "res.headers['set-cookie']",
  "headers.authorization",
  "headers.Authorization",
  "*.headers.authorization",
  "*.headers.Authorization",
  "*.password",
  "*.token",
];

export interface CreateLoggerOptions {
  /** pino level (`LOG_LEVEL`), default "info". */
  level?: string;
  /** Where lines go (default stdout). Tests pass a stream that captures them. */
  destination?: DestinationStream;
  /** `name` field on every line. */
  name?: string;
  /**
   * Human-readable lines (pino-pretty) instead of JSON: for a person at a terminal (`main.ts`
   * turns it on when stdout is a TTY). Redaction happens before formatting, so it is as safe.
   */
  pretty?: boolean;
}

/**
 * Makes a pino logger that never writes a secret (see the file comment for how). One per
 * process; handlers get child loggers from the kernel.
 */
export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const serializeErr = (err: unknown) => redactValue(pino.stdSerializers.err(err as Error));
  const loggerOptions: LoggerOptions = {
    level: options.level ?? "info",
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: {
      err: serializeErr,
      req: (req) => redactValue(pino.stdSerializers.req(req)),
      res: (res) => redactValue(pino.stdSerializers.res(res)),
    },
    formatters: {
      log: (obj) => redactMergeObject(obj),
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed: unknown[] = args.map((arg, i) => {
          if (typeof arg === "string") return redactText(arg);
          // The first object is the merge object: formatters.log handles it (errors need to stay
          // errors so pino files them under `err`). Later objects are interpolated into the message.
          return i === 0 ? arg : redactValue(arg);
        });
        const implicit = implicitMessage(args[0]);
        if (implicit !== undefined && args.length === 1) scrubbed.push(redactText(implicit));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
  if (options.name !== undefined) loggerOptions.name = options.name;
  const destination = options.pretty
    ? pretty({
        colorize: options.destination === undefined && process.stdout.isTTY === true,
        translateTime: "SYS:HH:MM:ss",
        ignore: "pid,hostname,name",
        ...(options.destination ? { destination: options.destination as NodeJS.WritableStream } : {}),
      })
    : options.destination;
  const logger = destination ? pino(loggerOptions, destination) : pino(loggerOptions);
  // pino applies `formatters.bindings` to the root's base only, never to child bindings, so
  // `child` itself is wrapped; children inherit the wrapper through their prototype.
  const child = logger.child;
  logger.child = function redactedChild(this: Logger, bindings, childOptions) {
    return child.call(this, redactMergeObject(bindings), childOptions);
  } as Logger["child"];
  return logger;
}
