/** The demo people: the sidebar's "You are" list and the first visit's "Who are you?" cards. */
import { displayName, el } from "./render.js";
import { avatar } from "./ui.js";

/** The identities' languages (`language_code`), by name in that language. */
export const LANGUAGES = { en: "English", ru: "Русский", ro: "Română", kk: "Қазақша" };

/** "ISP support agent · English" */
export const roleLine = (user) => `${user.role} · ${LANGUAGES[user.language_code] ?? user.language_code}`;

/**
 * Fills the select and the identity dialog's cards with the demo people.
 * @param {Array<object>} users the `users` of /playground/api/demo
 * @param {(id: number) => void} choose
 */
export function renderIdentityChoices(users, choose) {
  const select = /** @type {HTMLSelectElement} */ (document.getElementById("user-select"));
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById("identity-dialog"));
  select.replaceChildren(
    el("option", { value: "" }, "Choose a person…"),
    ...users.map((u) => el("option", { value: String(u.id) }, displayName(u))),
  );
  select.addEventListener("change", () => {
    if (select.value) choose(Number(select.value));
  });
  document.getElementById("identity-cards").replaceChildren(
    ...users.map((u) =>
      el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            className: "identity-card",
            dataset: { testid: `identity-${u.username}` },
            onClick: () => {
              dialog.close();
              choose(u.id);
            },
          },
          avatar(displayName(u), u.id),
          el(
            "span",
            { className: "identity-card__text" },
            el("strong", {}, displayName(u)),
            el("span", {}, u.role),
            el(
              "span",
              { className: "identity-card__meta" },
              `@${u.username} · ${LANGUAGES[u.language_code] ?? u.language_code}`,
            ),
          ),
        ),
      ),
    ),
  );
}
