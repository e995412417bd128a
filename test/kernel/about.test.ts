import { afterEach, describe, expect, it } from "vitest";
import { chooseLanguage } from "../../src/modules/about/features/language.js";
import { aigul, alice, BotHarness, boris, hans, ioana } from "../support/botHarness.js";

let harness: BotHarness;
afterEach(async () => harness?.close());

describe("about module", () => {
  it("/start welcomes the user by name and points to /help", async () => {
    harness = await BotHarness.create();
    const calls = await harness.send(alice, "/start");
    expect(harness.texts(calls)).toEqual([
      "Hello, Alice! I am <b>Switchboard Test</b>.\n\nSend /help to see everything I can do.",
    ]);
    expect(calls[0]?.payload.parse_mode).toBe("HTML");
  });

  it("/help lists the bot's commands from the registry in the user's language", async () => {
    harness = await BotHarness.create();
    const [reply] = harness.texts(await harness.send(boris, "/help"));
    expect(reply).toBe(
      "<b>Команды</b>\n\n/start — Начать здесь\n/help — Что умеет этот бот\n/language — Сменить язык\n/about — Об этом боте",
    );
  });

  it("a Telegram language with a region (ro-RO) is understood; an unsupported one (de) falls back to English", async () => {
    harness = await BotHarness.create();
    expect(harness.texts(await harness.send(ioana, "/start"))[0]).toMatch(/^Bună ziua, Ioana!/);
    expect(harness.texts(await harness.send(hans, "/start"))[0]).toMatch(/^Hello, Hans!/);
  });

  it("a user whose Telegram language is kk gets Kazakh without choosing", async () => {
    harness = await BotHarness.create();
    expect(harness.texts(await harness.send(aigul, "/start"))).toEqual([
      "Сәлеметсіз бе, Айгүл! Мен — <b>Switchboard Test</b>.\n\nНе істей алатынымның бәрін көру үшін /help жіберіңіз.",
    ]);
    expect(harness.texts(await harness.send(aigul, "/help"))).toEqual([
      "<b>Командалар</b>\n\n/start — Осы жерден бастаңыз\n/help — Бот не істей алады\n/language — Тілді өзгерту\n/about — Бот туралы",
    ]);
    const [call] = await harness.send(aigul, "/language");
    expect(call?.payload.text).toBe("Тілді таңдаңыз:");
    const buttons = call?.payload.reply_markup.inline_keyboard.flat();
    expect(buttons.map((b: { text: string }) => b.text)).toEqual([
      "English",
      "Русский",
      "Română",
      "✓ Қазақша",
    ]);
  });

  it("/language kk switches to Kazakh, and is remembered", async () => {
    harness = await BotHarness.create();
    expect(harness.texts(await harness.send(alice, "/language kk"))).toEqual(["Тіл орнатылды: қазақша."]);
    expect(harness.texts(await harness.send(alice, "/start"))[0]).toMatch(/^Сәлеметсіз бе, Alice!/);
    expect(harness.texts(await harness.send(alice, "/language KK-kz"))).toEqual(["Тіл орнатылды: қазақша."]);
  });

  it("the Қазақша button switches to Kazakh; a Kazakh user can switch away", async () => {
    harness = await BotHarness.create();
    const [call] = await harness.send(alice, "/language");
    const kazakh = call?.payload.reply_markup.inline_keyboard.flat()[3];
    expect(kazakh.text).toBe("Қазақша");
    const pressed = await harness.press(alice, kazakh.callback_data);
    expect(pressed[0]?.payload.text).toBe("Тіл орнатылды: қазақша.");
    expect(pressed[1]?.payload.text).toBe("Тіл орнатылды: қазақша.");
    expect(pressed[1]?.payload.reply_markup.inline_keyboard.flat()[3].text).toBe("✓ Қазақша");
    expect(harness.texts(await harness.send(alice, "/about"))[0]).toMatch(
      /Switchboard .* негізінде жұмыс істейді\./,
    );

    await harness.send(aigul, "/language en");
    expect(harness.texts(await harness.send(aigul, "/start"))[0]).toMatch(/^Hello, Айгүл!/);
  });

  it("escapes a user's name that looks like markup", async () => {
    harness = await BotHarness.create();
    const [reply] = harness.texts(await harness.send({ ...alice, first_name: "<b>Eve</b> & co" }, "/start"));
    expect(reply).toMatch(/^Hello, &lt;b&gt;Eve&lt;\/b&gt; &amp; co!/);
  });

  it("/language with an unknown name says so, echoing at most 24 characters of it, escaped", async () => {
    harness = await BotHarness.create();
    const [reply] = harness.texts(await harness.send(alice, `/language <b>${"x".repeat(5000)}`));
    expect(reply).toBe(
      `I don't know the language "&lt;b&gt;${"x".repeat(20)}…". Choose one of: en, ru, ro, kk.`,
    );
  });

  it("/language offers the languages as buttons, marking the current one", async () => {
    harness = await BotHarness.create();
    const [call] = await harness.send(alice, "/language");
    const buttons = call?.payload.reply_markup.inline_keyboard.flat();
    expect(buttons.map((b: { text: string }) => b.text)).toEqual([
      "✓ English",
      "Русский",
      "Română",
      "Қазақша",
    ]);
  });

  it("choosing a language by button is remembered for later updates", async () => {
    harness = await BotHarness.create();
    const [call] = await harness.send(alice, "/language");
    const romanian = call?.payload.reply_markup.inline_keyboard.flat()[2].callback_data;
    const pressed = await harness.press(alice, romanian);
    expect(pressed.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText", "setMyCommands"]);
    expect(pressed[0]?.payload.text).toBe("Limba setată: română.");
    expect(harness.texts(await harness.send(alice, "/start"))[0]).toMatch(/^Bună ziua, Alice!/);
  });

  it("the chosen language survives a restart on the same store", async () => {
    harness = await BotHarness.create();
    await harness.send(alice, "/language ru");
    const restarted = await BotHarness.create({ services: harness.services });
    expect(restarted.texts(await restarted.send(alice, "/start"))[0]).toMatch(/^Здравствуйте, Alice!/);
  });

  it("/language with an unknown language says which ones exist", async () => {
    harness = await BotHarness.create();
    expect(harness.texts(await harness.send(alice, "/language klingon"))).toEqual([
      'I don\'t know the language "klingon". Choose one of: en, ru, ro, kk.',
    ]);
  });

  it("/about names the version and the modules", async () => {
    harness = await BotHarness.create({ version: "1.2.3" });
    expect(harness.texts(await harness.send(alice, "/about"))).toEqual([
      "<b>Switchboard Test</b> runs on Switchboard 1.2.3.\nModules: about.",
    ]);
  });

  it("a forged language button is refused with an alert and changes nothing", async () => {
    harness = await BotHarness.create();
    const forged = `${chooseLanguage.pack({ language: "ru" }, Buffer.from("not the bot key"))}`;
    const calls = await harness.press(alice, forged);
    expect(calls).toEqual([
      {
        method: "answerCallbackQuery",
        payload: expect.objectContaining({ text: "This button is not valid.", show_alert: true }),
      },
    ]);
    expect(harness.texts(await harness.send(alice, "/start"))[0]).toMatch(/^Hello/);
  });

  it("a language chosen in a private chat becomes that chat's command menu; in a group, only the user's", async () => {
    harness = await BotHarness.create();
    const chosen = await harness.send(alice, "/language ro");
    const menu = chosen.find((c) => c.method === "setMyCommands");
    expect(menu?.payload.scope).toEqual({ type: "chat", chat_id: alice.id });
    expect(chosen.map((c) => c.method)).toEqual(["sendMessage", "setMyCommands"]);
    expect(menu?.payload.commands.map((c: { command: string }) => c.command)).toEqual([
      "start",
      "help",
      "language",
      "about",
    ]);
    expect(menu?.payload.commands[0].description).toBe(
      harness.built.identity.translate("ro", "about-cmd-start"),
    );
    const group = { id: -100777, type: "supergroup" as const, title: "Team" };
    const inGroup = await harness.send(alice, "/language ru", group);
    expect(inGroup.filter((c) => c.method === "setMyCommands")).toEqual([]);
  });

  it("publishes the command menu for private chats and groups in every language", async () => {
    harness = await BotHarness.create();
    await harness.built.publishCommands();
    const menus = harness.calls.filter((c) => c.method === "setMyCommands");
    expect(menus).toHaveLength(10);
    const russianPrivate = menus.find(
      (c) => c.payload.language_code === "ru" && c.payload.scope.type === "all_private_chats",
    );
    expect(russianPrivate?.payload.commands[0]).toEqual({ command: "start", description: "Начать здесь" });
    const kazakhGroups = menus.find(
      (c) => c.payload.language_code === "kk" && c.payload.scope.type === "all_group_chats",
    );
    expect(kazakhGroups?.payload.commands.map((c: { description: string }) => c.description)).toEqual([
      "Осы жерден бастаңыз",
      "Бот не істей алады",
      "Тілді өзгерту",
      "Бот туралы",
    ]);
    const fallback = menus.find(
      (c) => c.payload.language_code === undefined && c.payload.scope.type === "all_group_chats",
    );
    expect(fallback?.payload.commands.map((c: { command: string }) => c.command)).toEqual([
      "start",
      "help",
      "language",
      "about",
    ]);
  });
});

describe("translation outside an update (jobs, alerts)", () => {
  it("uses the bot's messages in the asked language, escapes variables, falls back to English", async () => {
    harness = await BotHarness.create();
    const { translate } = harness.built.identity;
    expect(translate("ru-RU", "rate-limited", { seconds: 5 })).toBe(
      "Слишком много сообщений. Попробуйте через 5 с.",
    );
    expect(translate("de", "about-welcome", { name: "<Eve>", bot: "Bot & Co" })).toBe(
      "Hello, &lt;Eve&gt;! I am <b>Bot &amp; Co</b>.",
    );
    expect(translate(undefined, "about-cmd-help")).toBe("What this bot can do");
    expect(translate("kk-KZ", "rate-limited", { seconds: 5 })).toBe(
      "Тым жиі жіберіп жатырсыз. 5 секундтан кейін қайталап көріңіз.",
    );
  });
});
