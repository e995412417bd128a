/**
 * The web app, as much of ROA2WEB as linking starts from (plain forms, post-redirect-get):
 *
 * - `GET /` → Settings → Telegram; `GET /login`, `POST /login` (`email`, `password`) → a session cookie
 * - `GET /settings/telegram` → the page (signed out: to `/login`)
 * - `POST /settings/telegram/code` (`csrf`, `server_id?`) → a code handed to the bot, shown with its
 *   deep link, QR code (a PNG data URL: the code never sits in a URL this backend serves) and copy
 *   button; 502 with the reason when the bot refused it or could not be reached
 * - `POST /settings/telegram/unlink` (`csrf`, `telegram_user_id`) → removes one of the user's links
 * - `POST /logout` (`csrf`)
 */
import formbody from "@fastify/formbody";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import QRCode from "qrcode";
import type { DemoUser } from "./demoUsers.js";
import { sendPage } from "./html.js";
import { isServerId } from "./servers.js";
import type { Roa2webServices } from "./services.js";
import type { ErpUser } from "./users.js";
import { loginPage, type TelegramView, telegramPage, WEB_PATHS } from "./webPages.js";
import { cookieOf, csrfMatches, SESSION_COOKIE, sessionCookie, type WebSession } from "./webSessions.js";

type Form = Record<string, string | string[] | undefined>;
const field = (form: unknown, name: string): string | undefined => {
  const value = (form as Form | undefined)?.[name];
  return typeof value === "string" ? value : undefined;
};

const qrDataUrl = (link: string) =>
  QRCode.toDataURL(link, { errorCorrectionLevel: "M", margin: 2, width: 200 });

export function registerWebRoutes(
  app: FastifyInstance,
  services: Roa2webServices,
  demoUsers: readonly DemoUser[],
): void {
  const { users, links, webSessions, codes, config } = services;

  /** The signed-in, still active user, or undefined (then the caller redirects to sign-in). */
  const signedIn = async (
    request: FastifyRequest,
  ): Promise<{ session: WebSession; user: ErpUser } | undefined> => {
    const session = await webSessions.resolve(cookieOf(request.headers.cookie, SESSION_COOKIE));
    const user = session && (await users.byId(session.userId));
    return session && user?.active ? { session, user } : undefined;
  };

  const renderTelegram = async (
    reply: FastifyReply,
    status: number,
    { session, user }: { session: WebSession; user: ErpUser },
    extra: Pick<TelegramView, "issued" | "error"> = {},
  ) => {
    const view: TelegramView = {
      user,
      csrfToken: session.csrfToken,
      botUsername: config.botUsername,
      servers: await users.serversOf(user.id),
      links: await links.listOf(user.id),
      ...extra,
    };
    return sendPage(reply, status, (nonce) => telegramPage(view, nonce));
  };

  const toLogin = (reply: FastifyReply) => reply.redirect(WEB_PATHS.login, 303);
  const toTelegram = (reply: FastifyReply) => reply.redirect(WEB_PATHS.telegram, 303);
  const FORM_EXPIRED = "This form has expired: please try again.";

  app.register(async (web) => {
    await web.register(formbody);

    web.get("/", async (_request, reply) => toTelegram(reply));

    web.get(WEB_PATHS.login, async (request, reply) =>
      (await signedIn(request))
        ? toTelegram(reply)
        : sendPage(reply, 200, (nonce) => loginPage({ demoUsers }, nonce)),
    );

    web.post(WEB_PATHS.login, async (request, reply) => {
      const email = field(request.body, "email")?.trim() ?? "";
      const result = await users.signIn(email, field(request.body, "password") ?? "");
      if ("refused" in result) {
        const error =
          result.refused === "disabled"
            ? "This account is disabled: ask your administrator."
            : "Wrong e-mail or password.";
        return sendPage(reply, 401, (nonce) => loginPage({ demoUsers, email, error }, nonce));
      }
      reply.header("set-cookie", sessionCookie(await webSessions.start(result.user.id)));
      return toTelegram(reply);
    });

    web.post(WEB_PATHS.logout, async (request, reply) => {
      const token = cookieOf(request.headers.cookie, SESSION_COOKIE);
      const session = await webSessions.resolve(token);
      if (token && session && csrfMatches(session, field(request.body, "csrf"))) await webSessions.end(token);
      reply.header("set-cookie", sessionCookie(null));
      return toLogin(reply);
    });

    web.get(WEB_PATHS.telegram, async (request, reply) => {
      const who = await signedIn(request);
      return who ? renderTelegram(reply, 200, who) : toLogin(reply);
    });

    web.post(WEB_PATHS.code, async (request, reply) => {
      const who = await signedIn(request);
      if (!who) return toLogin(reply);
      if (!csrfMatches(who.session, field(request.body, "csrf")))
        return renderTelegram(reply, 403, who, { error: FORM_EXPIRED });
      const servers = await users.serversOf(who.user.id);
      const asked = field(request.body, "server_id") ?? servers[0] ?? "";
      if (!isServerId(asked) || !servers.includes(asked))
        return renderTelegram(reply, 400, who, { error: "You have no companies on that ERP server." });
      const code = await codes.issue(who.user, asked);
      if (!code.delivered) return renderTelegram(reply, 502, who, { error: code.problem ?? "" });
      return renderTelegram(reply, 200, who, { issued: { code, qrDataUrl: await qrDataUrl(code.deepLink) } });
    });

    web.post(WEB_PATHS.unlink, async (request, reply) => {
      const who = await signedIn(request);
      if (!who) return toLogin(reply);
      if (!csrfMatches(who.session, field(request.body, "csrf")))
        return renderTelegram(reply, 403, who, { error: FORM_EXPIRED });
      const telegramUserId = field(request.body, "telegram_user_id") ?? "";
      const link = await links.byTelegramUser(telegramUserId);
      if (link?.userId === who.user.id) await links.unlink(telegramUserId);
      return toTelegram(reply);
    });
  });
}
