/**
 * HTML for the web app's pages: one escaper for text and attribute values, the shared layout and
 * style, and the headers every page goes out with (a strict CSP with a per-response nonce: the
 * inline style and script run, nothing else; images only as data URLs; forms post only here).
 */
import { randomBytes } from "node:crypto";
import type { FastifyReply } from "fastify";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text and attribute values alike. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f4f6f9;color:#1c2431}
header{background:#8a1c2b;color:#fff;padding:14px 24px;display:flex;gap:16px;align-items:center;justify-content:space-between;flex-wrap:wrap}
header h1{margin:0;font-size:19px}header p{margin:2px 0 0;opacity:.85;font-size:13px}
main{max-width:860px;margin:0 auto;padding:12px 24px}
section.card{background:#fff;border-radius:10px;padding:16px 20px;margin:16px 0;box-shadow:0 1px 3px #0002}
h2{font-size:17px;margin:0 0 12px}ol{padding-left:20px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e6eb}
button,a.button{font:inherit;padding:7px 14px;border-radius:6px;border:1px solid #8a1c2b;background:#8a1c2b;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.quiet{background:#fff;color:#8a1c2b}header button.quiet{border-color:#fff}
label{display:block;margin:8px 0 4px}input,select{font:inherit;padding:6px 8px;min-width:260px}
code.big{font-size:26px;letter-spacing:3px;background:#f6eef0;padding:6px 14px;border-radius:6px}
.row{display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin:10px 0}.muted{color:#5b6472;font-size:13px}
.code{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}img.qr{border:1px solid #e3e6eb;border-radius:8px}
[role=alert]{color:#b00020;font-weight:600}[role=alert]:empty{display:none}
`;

export interface Layout {
  title: string;
  /** The header's right side (sign-out), already HTML. */
  headerRight?: string;
  /** The page's content, already HTML. */
  body: string;
  /** Inline script, if any (runs under the nonce). */
  script?: string;
}

export function page(layout: Layout, nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(layout.title)} — ROA2WEB</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header><div><h1>ROA2WEB</h1><p>${escapeHtml(layout.title)} · a demo ERP for the Telegram bot</p></div>${layout.headerRight ?? ""}</header>
<main>
${layout.body}
</main>
${layout.script ? `<script nonce="${nonce}">${layout.script}</script>` : ""}
</body>
</html>`;
}

/** Sends a page (built for the nonce it is given) with the security headers. */
export function sendPage(
  reply: FastifyReply,
  status: number,
  build: (nonce: string) => string,
): FastifyReply {
  const nonce = randomBytes(16).toString("base64");
  return reply
    .code(status)
    .header("content-type", "text/html; charset=utf-8")
    .header(
      "content-security-policy",
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src data:; ` +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    )
    .header("cache-control", "no-store")
    .header("referrer-policy", "no-referrer")
    .header("x-content-type-options", "nosniff")
    .send(build(nonce));
}
