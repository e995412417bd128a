/**
 * What every module's settings share: a backend URL that is safe to send credentials to (https,
 * or http on a loopback host, which the tests and the playground use; no credentials, query or
 * fragment in it), and the rule that an empty variable (`X=` copied from a .env) means "use the
 * default".
 */
import { isIP } from "node:net";
import { z } from "zod";

/** An empty variable means "use the default". */
export const unsetWhenEmpty = (value: unknown) => (value === "" ? undefined : value);

/** True for `localhost`, 127.0.0.0/8 and ::1 (URL hostnames keep IPv6 in brackets). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1" || host === "0:0:0:0:0:0:0:1";
  return false;
}

/**
 * How the module uses the URL: `root`, paths that start with "/" are appended (the trailing slash
 * is dropped); `base`, relative paths are appended (a trailing slash is added); `endpoint`, the URL
 * is called as it is, so it must have a path (an OAuth token endpoint).
 */
export type BackendUrlShape = "root" | "base" | "endpoint";

/**
 * A backend URL setting with its default, validated and normalised for its `shape`; `endpoint`
 * names an endpoint in its error ("the full token endpoint URL (…/v1/token)").
 */
export function backendUrl(defaultValue: string, shape: BackendUrlShape = "root", endpoint = "endpoint URL") {
  const url = z
    .string()
    .trim()
    .default(defaultValue)
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message: "is not a URL" });
        return;
      }
      if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
        ctx.addIssue({
          code: "custom",
          message: "must use https:// (plain http:// is only allowed for localhost, 127.0.0.0/8 and ::1)",
        });
      }
      if (url.username || url.password)
        ctx.addIssue({ code: "custom", message: "must not carry credentials" });
      if (url.search || url.hash)
        ctx.addIssue({ code: "custom", message: "must not have a query or fragment" });
      if (shape === "endpoint" && url.pathname.replace(/\/+$/, "") === "") {
        ctx.addIssue({ code: "custom", message: `must be the full ${endpoint}` });
      }
    })
    .transform((value) => {
      if (shape === "root") return value.replace(/\/+$/, "");
      if (shape === "base") return value.endsWith("/") ? value : `${value}/`;
      return value;
    });
  return z.preprocess(unsetWhenEmpty, url);
}
