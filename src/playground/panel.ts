/**
 * The side panel's content: how a person logs in to each demo backend. Plain data, rendered by
 * the web UI; every value is demo-only (it opens a loopback reference backend, nothing real).
 */

/** One value to show with a copy button. */
export interface PanelField {
  /** Stable id, used for the copy button's test id. */
  id: string;
  label: string;
  value: string;
  /** The value is a web page of this machine to open (a backend's own page): shown as a link. */
  link?: boolean;
}

export interface PanelSection {
  id: string;
  title: string;
  /** The module that talks to this backend. */
  module: string;
  /** The module has not landed yet: shown as "arrives with its module". */
  upcoming?: boolean;
  /** What to do, in order. */
  steps: string[];
  fields: PanelField[];
  /** Ids worth trying, by name. */
  table?: { caption: string; rows: Array<{ name: string; value: string }> };
  /** Extra values behind a disclosure. */
  more?: { summary: string; fields: PanelField[] };
  /** The bot to talk to, when the module runs in this playground. */
  bot?: { username: string; name: string };
}
