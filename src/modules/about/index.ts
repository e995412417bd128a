import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineModule } from "../../kernel/defineModule.js";
import { aboutFeature } from "./features/about.js";
import { helpFeature } from "./features/help.js";
import { languageFeature } from "./features/language.js";
import { startFeature } from "./features/start.js";

/**
 * The base of every bot: /start (welcome plus each module's next step), /help (the bot's
 * commands from the registry), /language and /about.
 */
export default defineModule({
  name: "about",
  locales: join(dirname(fileURLToPath(import.meta.url)), "locales"),
  commands: [
    { command: "start", description: "about-cmd-start", scope: "all" },
    { command: "help", description: "about-cmd-help", scope: "all" },
    { command: "language", description: "about-cmd-language", scope: "all" },
    { command: "about", description: "about-cmd-about", scope: "all" },
  ],
  callbackPrefix: "ab",
  create: ({ modules, instances }) => ({
    features: [startFeature(instances), helpFeature(modules, instances), languageFeature(), aboutFeature()],
  }),
});
