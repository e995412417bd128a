/**
 * The web app's two pages, as HTML strings (every value escaped): the sign-in page with the demo
 * credentials, and Settings → Telegram with "Generate code", the code's deep link, QR code and
 * copy button, and the linked Telegram accounts with "Unlink". Stable `data-testid`s for browser tests.
 */
import { localDateTime } from "./calendar.js";
import type { DemoUser } from "./demoUsers.js";
import { escapeHtml, page } from "./html.js";
import type { IssuedCode } from "./linkCodes.js";
import { SERVERS, type ServerId } from "./servers.js";
import type { LinkRecord } from "./telegramLinks.js";
import type { ErpUser } from "./users.js";

export const WEB_PATHS = {
  login: "/login",
  logout: "/logout",
  telegram: "/settings/telegram",
  code: "/settings/telegram/code",
  unlink: "/settings/telegram/unlink",
} as const;

export interface LoginView {
  demoUsers: readonly DemoUser[];
  email?: string;
  error?: string;
}

export function loginPage(view: LoginView, nonce: string): string {
  const accountant = view.demoUsers[0]!;
  const rows = view.demoUsers
    .map(
      (u) =>
        `<tr><td>${escapeHtml(u.name)}</td><td>${escapeHtml(u.role)}${u.active ? "" : " (disabled)"}</td>` +
        `<td><code>${escapeHtml(u.email)}</code></td><td><code>${escapeHtml(u.password)}</code></td></tr>`,
    )
    .join("");
  return page(
    {
      title: "Sign in",
      body: `<p role="alert" data-testid="error">${escapeHtml(view.error ?? "")}</p>
<section class="card">
  <h2>Sign in</h2>
  <form method="post" action="${WEB_PATHS.login}">
    <label for="email">E-mail</label>
    <input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(view.email ?? "")}" data-testid="login-email">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required data-testid="login-password">
    <div class="row"><button type="submit" data-testid="login-submit">Sign in</button></div>
  </form>
  <p class="muted" data-testid="demo-hint">Demo accountant: <code>${escapeHtml(accountant.email)}</code>, password <code>${escapeHtml(accountant.password)}</code>.</p>
</section>
<section class="card">
  <h2>Demo users</h2>
  <table data-testid="demo-credentials"><thead><tr><th>Name</th><th>Role</th><th>E-mail</th><th>Password</th></tr></thead><tbody>${rows}</tbody></table>
</section>`,
    },
    nonce,
  );
}

export interface TelegramView {
  user: ErpUser;
  csrfToken: string;
  botUsername: string;
  /** The servers the user has companies on: the code is for one of them. */
  servers: readonly ServerId[];
  links: readonly LinkRecord[];
  /** The code just generated, with its QR code (a PNG data URL). */
  issued?: { code: IssuedCode; qrDataUrl: string };
  error?: string;
}

const COPY_SCRIPT = `
"use strict";
(() => {
  const button = document.querySelector('[data-testid="copy-code"]');
  const code = document.querySelector('[data-testid="link-code"]');
  if (!button || !code) return;
  button.addEventListener("click", async () => {
    try { await navigator.clipboard.writeText(code.textContent); }
    catch {
      const range = document.createRange(); range.selectNodeContents(code);
      const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);
      document.execCommand("copy");
    }
    button.textContent = "Copied";
    setTimeout(() => { button.textContent = "Copy"; }, 1500);
  });
})();
`;

const csrfField = (token: string) => `<input type="hidden" name="csrf" value="${escapeHtml(token)}">`;

function codeSection(issued: NonNullable<TelegramView["issued"]>, botUsername: string): string {
  const { code, qrDataUrl } = issued;
  const bot = `@${escapeHtml(botUsername)}`;
  return `<div data-testid="code-result">
  <div class="code">
    <div>
      <p>Your code (${escapeHtml(SERVERS[code.serverId])}):</p>
      <div class="row"><code class="big" data-testid="link-code">${escapeHtml(code.code)}</code>
        <button type="button" class="quiet" data-testid="copy-code">Copy</button></div>
      <div class="row"><a class="button" href="${escapeHtml(code.deepLink)}" target="_blank" rel="noopener noreferrer" data-testid="open-in-telegram">Open in Telegram</a></div>
      <p class="muted" data-testid="code-expiry">Single use, valid until ${escapeHtml(localDateTime(Date.parse(code.expiresAt)))} (Bucharest time).
        Or send <code>/start ${escapeHtml(code.code)}</code> (or just the code) to ${bot}.</p>
    </div>
    <img class="qr" src="${escapeHtml(qrDataUrl)}" width="200" height="200" alt="QR code of the Telegram link, for Telegram on your phone" data-testid="qr-image">
  </div>
</div>`;
}

function linkRows(view: TelegramView): string {
  if (view.links.length === 0)
    return `<tr data-testid="no-linked-accounts"><td colspan="5">No Telegram account is linked yet.</td></tr>`;
  return view.links
    .map((link) => {
      const who = link.telegramUsername
        ? `@${escapeHtml(link.telegramUsername)} (${escapeHtml(link.telegramUserId)})`
        : escapeHtml(link.telegramUserId);
      const status = link.sessionId ? "Active" : "Tokens revoked: link again";
      return `<tr data-testid="linked-account" data-telegram-user-id="${escapeHtml(link.telegramUserId)}">
  <td>${who}</td><td>${escapeHtml(SERVERS[link.serverId])}</td><td>${escapeHtml(localDateTime(link.linkedAt))}</td><td>${status}</td>
  <td><form method="post" action="${WEB_PATHS.unlink}">${csrfField(view.csrfToken)}<input type="hidden" name="telegram_user_id" value="${escapeHtml(link.telegramUserId)}"><button type="submit" class="quiet" data-testid="unlink-account">Unlink</button></form></td>
</tr>`;
    })
    .join("\n");
}

export function telegramPage(view: TelegramView, nonce: string): string {
  const serverChoice =
    view.servers.length > 1
      ? `<label for="server">ERP server</label><select id="server" name="server_id" data-testid="server-picker">${view.servers
          .map((id) => `<option value="${id}">${escapeHtml(SERVERS[id])}</option>`)
          .join("")}</select>`
      : "";
  const signOut = `<form method="post" action="${WEB_PATHS.logout}">${csrfField(view.csrfToken)}
  <span data-testid="signed-in-as">${escapeHtml(view.user.name)} (${escapeHtml(view.user.email)})</span>
  <button type="submit" class="quiet" data-testid="sign-out">Sign out</button></form>`;
  return page(
    {
      title: "Settings → Telegram",
      headerRight: signOut,
      body: `<p role="alert" data-testid="error">${escapeHtml(view.error ?? "")}</p>
<section class="card">
  <h2>Link your Telegram account</h2>
  <ol>
    <li>Generate a code: it is valid 15 minutes, once.</li>
    <li>Press "Open in Telegram", scan the QR code with your phone, or send the code to @${escapeHtml(view.botUsername)}.</li>
  </ol>
  <form method="post" action="${WEB_PATHS.code}">${csrfField(view.csrfToken)}${serverChoice}
    <div class="row"><button type="submit" data-testid="generate-code">Generate code</button></div>
  </form>
  ${view.issued ? codeSection(view.issued, view.botUsername) : ""}
</section>
<section class="card">
  <h2>Linked Telegram accounts</h2>
  <table data-testid="linked-accounts"><thead><tr><th>Telegram</th><th>Server</th><th>Linked</th><th>Status</th><th></th></tr></thead>
  <tbody>${linkRows(view)}</tbody></table>
</section>`,
      ...(view.issued ? { script: COPY_SCRIPT } : {}),
    },
    nonce,
  );
}
