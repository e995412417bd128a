/** The side panel: how to log in to each demo backend, with values ready to copy or insert. */
import { el } from "./render.js";
import { copyText } from "./ui.js";

/**
 * @param {HTMLElement} container
 * @param {Array<object>} sections the `panels` of /playground/api/demo
 * @param {{ openBot: (username: string) => void, insert: (value: string) => void }} actions
 */
export function renderPanel(container, sections, actions) {
  const valueRow = (field) =>
    el(
      "div",
      { className: "field" },
      el("p", { className: "field__label", id: `label-${field.id}` }, field.label),
      el(
        "div",
        { className: "field__row" },
        field.link && /^https?:\/\//.test(field.value)
          ? el(
              "a",
              {
                className: "field__value",
                href: field.value,
                target: "_blank",
                rel: "noopener noreferrer",
                dataset: { testid: `value-${field.id}` },
              },
              field.value,
            )
          : el("code", { className: "field__value", dataset: { testid: `value-${field.id}` } }, field.value),
        el(
          "button",
          {
            type: "button",
            className: "button button--small",
            "aria-label": `Copy ${field.label}`,
            dataset: { testid: `copy-${field.id}` },
            onClick: () => copyText(field.value),
          },
          "Copy",
        ),
        el(
          "button",
          {
            type: "button",
            className: "button button--small button--quiet",
            "aria-label": `Insert ${field.label} into the message`,
            title: "Insert into the message box",
            dataset: { testid: `insert-${field.id}` },
            onClick: () => actions.insert(field.value),
          },
          "Insert",
        ),
      ),
    );

  container.replaceChildren(
    ...sections.map((section) =>
      el(
        "section",
        {
          className: `panel-section${section.upcoming ? " panel-section--upcoming" : ""}`,
          "aria-labelledby": `panel-${section.id}`,
          dataset: { testid: `panel-${section.id}` },
        },
        el(
          "h3",
          { id: `panel-${section.id}` },
          section.title,
          section.upcoming ? el("span", { className: "tag" }, "arrives with its module") : undefined,
        ),
        section.bot
          ? el(
              "p",
              { className: "panel-section__bot" },
              "Bot: ",
              el(
                "button",
                {
                  type: "button",
                  className: "link-button",
                  onClick: () => actions.openBot(section.bot.username),
                },
                `@${section.bot.username}`,
              ),
            )
          : el("p", { className: "panel-section__bot" }, `Module: ${section.module}`),
        section.steps.length > 0
          ? el(
              "ol",
              { className: "steps" },
              section.steps.map((s) => el("li", {}, s)),
            )
          : undefined,
        section.fields.map(valueRow),
        section.table
          ? el(
              "table",
              { className: "ids" },
              el("caption", {}, section.table.caption),
              el(
                "thead",
                {},
                el("tr", {}, el("th", { scope: "col" }, "Name"), el("th", { scope: "col" }, "Id")),
              ),
              el(
                "tbody",
                {},
                section.table.rows.map((row) =>
                  el(
                    "tr",
                    {},
                    el("td", {}, row.name),
                    el(
                      "td",
                      {},
                      el(
                        "button",
                        {
                          type: "button",
                          className: "id-button",
                          title: "Copy",
                          "aria-label": `Copy the id of ${row.name}`,
                          onClick: () => copyText(row.value),
                        },
                        row.value,
                      ),
                    ),
                  ),
                ),
              ),
            )
          : undefined,
        section.more
          ? el(
              "details",
              { className: "more" },
              el("summary", {}, section.more.summary),
              section.more.fields.map(valueRow),
            )
          : undefined,
      ),
    ),
  );
}
