/**
 * `GET /admin`: the Tabys web admin page, as much of it as the bot's flows start from. Sign in as
 * one of the demo admins, generate a Telegram OTP (`/login XXXXXXXX`, with a copy button), revoke
 * OTPs, see and end Telegram sessions (administrator, super_admin), link a Telegram chat. Plain
 * HTML and a little inline script (adminPageScript.ts), no network beyond this backend; every
 * value is escaped here or set as text by the script. Elements carry `data-testid`s for browser tests.
 */
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { ADMIN_PAGE_SCRIPT } from "./adminPageScript.js";
import { DEMO_ADMINS } from "./demoAdmins.js";

export const ADMIN_PAGE_PATH = "/admin";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text and attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** JSON inside `<script type="application/json">`: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f5f6f8;color:#1d2330}
header{background:#0f4c81;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85}
main{max-width:880px;margin:0 auto;padding:16px 24px}
section.card{background:#fff;border-radius:10px;padding:16px 20px;margin:16px 0;box-shadow:0 1px 3px #0002}
h2{font-size:17px;margin:0 0 12px}h3{font-size:15px;margin:16px 0 8px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e6eb}
button{font:inherit;padding:6px 14px;border-radius:6px;border:1px solid #0f4c81;background:#0f4c81;color:#fff;cursor:pointer}
button.quiet{background:#fff;color:#0f4c81}button:disabled{opacity:.5;cursor:default}
select,input{font:inherit;padding:5px 8px}
code.big{font-size:22px;letter-spacing:1px;background:#eef3f8;padding:6px 12px;border-radius:6px;display:inline-block;margin-right:8px}
.row{display:flex;gap:10px;align-items:center;flex-wrap:wrap}.muted{color:#5b6472;font-size:13px}
[role=alert]{color:#b00020;min-height:1em}[hidden]{display:none!important}
`;

function page(nonce: string): string {
  const options = DEMO_ADMINS.map(
    (a) =>
      `<option value="${escapeHtml(a.email)}">${escapeHtml(a.role)} — ${escapeHtml(a.name)} (${escapeHtml(a.email)})</option>`,
  ).join("");
  const credentials = DEMO_ADMINS.map(
    (a) =>
      `<tr><td>${escapeHtml(a.role)}</td><td>${escapeHtml(a.name)}</td><td><code>${escapeHtml(a.email)}</code></td><td><code>${escapeHtml(a.password)}</code></td></tr>`,
  ).join("");
  const admins = DEMO_ADMINS.map(({ email, password, role, name }) => ({ email, password, role, name }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tabys CRM — web admin (demo)</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header><h1>Tabys CRM — web admin</h1><p>A demo backend for the Telegram bot: every account below is a demo account.</p></header>
<main>
<p role="alert" data-testid="error"></p>
<section class="card" data-testid="signin-section">
  <h2>Sign in</h2>
  <div class="row">
    <label for="admin-picker">Demo admin</label>
    <select id="admin-picker" data-testid="admin-picker">${options}</select>
    <button type="button" data-testid="sign-in">Sign in</button>
  </div>
  <h3>Demo accounts (one per role)</h3>
  <table data-testid="demo-admins"><thead><tr><th>Role</th><th>Name</th><th>Email</th><th>Password</th></tr></thead><tbody>${credentials}</tbody></table>
</section>
<div data-testid="account-section" hidden>
  <section class="card">
    <div class="row">Signed in as <strong data-testid="signed-in-as"></strong> (<span data-testid="signed-in-role"></span>)
      <button type="button" class="quiet" data-testid="sign-out">Sign out</button></div>
  </section>
  <section class="card" data-testid="otp-section">
    <h2>Telegram bot login</h2>
    <div class="row">
      <label for="otp-minutes">Valid for</label>
      <input id="otp-minutes" type="number" min="5" max="60" value="10" data-testid="otp-minutes"> minutes
      <button type="button" data-testid="generate-otp">Generate Telegram OTP</button>
    </div>
    <div data-testid="otp-result" hidden>
      <p>Send this to the bot in a private chat:</p>
      <div class="row"><code class="big" data-testid="otp-command"></code><button type="button" class="quiet" data-testid="copy-otp">Copy</button></div>
      <p class="muted" data-testid="otp-expiry"></p>
    </div>
    <h3>My one-time passwords</h3>
    <table data-testid="my-otps"><thead><tr><th>#</th><th>Created</th><th>Expires</th><th>Status</th><th></th></tr></thead><tbody></tbody></table>
  </section>
  <section class="card" data-testid="sessions-section" hidden>
    <h2>Active Telegram sessions</h2>
    <table data-testid="sessions"><thead><tr><th>Telegram user</th><th>Admin</th><th>Role</th><th>Since</th><th>Last activity</th><th></th></tr></thead><tbody></tbody></table>
  </section>
  <section class="card" data-testid="link-section">
    <h2>Link my Telegram</h2>
    <p data-testid="link-status"></p>
    <div class="row">
      <button type="button" data-testid="link-telegram">Link my Telegram</button>
      <button type="button" class="quiet" data-testid="unlink-telegram" hidden>Unlink</button>
    </div>
    <div data-testid="link-result" hidden>
      <p>Open the bot and send:</p>
      <div class="row"><code class="big" data-testid="link-command"></code><button type="button" class="quiet" data-testid="copy-link">Copy</button></div>
      <p class="muted">Start payload <code data-testid="link-start-payload"></code>, token <code data-testid="link-token"></code></p>
      <p class="muted" data-testid="link-expiry"></p>
    </div>
  </section>
</div>
</main>
<script type="application/json" id="demo-admins-data">${scriptJson(admins)}</script>
<script nonce="${nonce}">${ADMIN_PAGE_SCRIPT}</script>
</body>
</html>`;
}

export function registerAdminPage(app: FastifyInstance): void {
  app.get(ADMIN_PAGE_PATH, async (_request, reply) => {
    const nonce = randomBytes(16).toString("base64");
    return reply
      .header("content-type", "text/html; charset=utf-8")
      .header(
        "content-security-policy",
        `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; ` +
          "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      )
      .header("cache-control", "no-store")
      .header("referrer-policy", "no-referrer")
      .header("x-content-type-options", "nosniff")
      .send(page(nonce));
  });
}
