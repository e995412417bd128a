/** The web admin page as served: escaped demo data, a strict CSP whose nonce opens only its own script, test ids. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml, scriptJson } from "./adminPage.js";
import { DEMO_ADMINS } from "./demoAdmins.js";
import type { TabysApp } from "./tabysBackend.js";
import { testBackend } from "./testKit.js";

let backend: TabysApp;
beforeAll(async () => {
  backend = await testBackend();
});
afterAll(() => backend.close());

describe("GET /admin", () => {
  it("is HTML with a CSP allowing only its own nonce'd script and style, and no caching", async () => {
    const response = await backend.app.inject({ url: "/admin" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-store");
    const csp = String(response.headers["content-security-policy"]);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(response.body).toContain(`<script nonce="${nonce}">`);
    expect(response.body.match(/<script nonce=/g)).toHaveLength(1);
    const again = await backend.app.inject({ url: "/admin" });
    expect(again.headers["content-security-policy"]).not.toBe(csp);
  });

  it("lists the seven demo admins, escaped", async () => {
    const html = (await backend.app.inject({ url: "/admin" })).body;
    for (const admin of DEMO_ADMINS) {
      expect(html).toContain(`<option value="${admin.email}">${admin.role} — ${escapeHtml(admin.name)}`);
      expect(html).toContain(`<code>${admin.password}</code>`);
    }
    expect(html).toContain("Ерлан_Жақсыбеков &lt;НКО &amp; Co&gt;");
    expect(html).not.toContain("<НКО");
  });

  it("has the stable test ids a browser test drives", async () => {
    const html = (await backend.app.inject({ url: "/admin" })).body;
    for (const id of [
      "admin-picker",
      "sign-in",
      "signed-in-as",
      "generate-otp",
      "otp-minutes",
      "otp-command",
      "copy-otp",
      "otp-expiry",
      "my-otps",
      "sessions",
      "link-telegram",
      "link-start-payload",
      "error",
    ]) {
      expect(html).toContain(`data-testid="${id}"`);
    }
  });
});

describe("escaping helpers", () => {
  it("escapeHtml covers text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("scriptJson cannot close its script element and still parses back", () => {
    const value = { name: "</script><script>alert(1)</script>", line: "a\u2028b", amp: "&" };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
