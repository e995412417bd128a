/**
 * Every storage key netmon writes, in one place: `netmon:<bot id>:<kind>:…`. Keys carry the bot
 * id so two bots running netmon on one store keep separate users, choices and alerts.
 */
export function netmonKeys(botId: string) {
  const base = `netmon:${botId}`;
  return {
    /** Sealed credentials of a Telegram user. */
    credentials: (userId: number) => `${base}:cred:${userId}`,
    /** The location a user picked last. */
    choice: (userId: number) => `${base}:choice:${userId}`,
    /** One alert subscription: a chat watching a location. */
    subscription: (chatId: number, locationId: string) => `${base}:sub:${chatId}:${locationId}`,
    /** The set of `<chatId>:<locationId>` of every subscription. */
    subscriptionIndex: () => `${base}:subs`,
    /** Where subscriptions live, for the one-time indexing of those stored before the index. */
    allSubscriptions: () => `${base}:sub:`,
    /** A chat's daily digest settings. */
    digest: (chatId: number) => `${base}:digest:${chatId}`,
    /** The set of chat ids with a digest. */
    digestIndex: () => `${base}:digests`,
    allDigests: () => `${base}:digest:`,
    /** Rate-limit key for typed credentials. */
    loginKey: (userId: number) => `netmon:${botId}:${userId}`,
  };
}

export type NetmonKeys = ReturnType<typeof netmonKeys>;
