/** Small shared pieces: the control API call, toasts, the alert and confirm dialogs, copying, avatars. */
import { el, initials } from "./render.js";

/** A control API call: resolves with `result`, rejects with the emulator's `error` text. */
export async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json().catch(() => ({ ok: false, error: `HTTP ${response.status}` }));
  if (!payload.ok) {
    const error = new Error(payload.error ?? `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return payload.result;
}

/** Like `api`, but a 404 (a private chat not started yet) is `fallback`. */
export async function apiOr(fallback, method, path) {
  try {
    return await api(method, path);
  } catch (error) {
    if (error.status === 404) return fallback;
    throw error;
  }
}

/** A short note at the bottom of the screen; errors are announced assertively. */
export function toast(text, kind = "info") {
  const region = document.getElementById("toasts");
  const note = el(
    "div",
    {
      className: `toast toast--${kind}`,
      role: kind === "error" ? "alert" : undefined,
      dataset: { testid: "toast" },
    },
    text,
  );
  region.append(note);
  setTimeout(() => note.classList.add("toast--leaving"), kind === "error" ? 5500 : 3500);
  setTimeout(() => note.remove(), kind === "error" ? 6000 : 4000);
}

/** A bot's `show_alert` answer: a modal the person dismisses, as Telegram shows it. */
export function showAlert(text) {
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById("alert-dialog"));
  document.getElementById("alert-text").textContent = text;
  if (!dialog.open) dialog.showModal();
}

/**
 * Asks in a modal `<dialog>` of the page (never `window.confirm`): resolves true only when the
 * button whose value is `confirmValue` closed it; Cancel or Escape resolve false.
 * @param {string} id the dialog's element id; its buttons sit in a `<form method="dialog">`
 */
export function confirmDialog(id, confirmValue = "confirm") {
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById(id));
  return new Promise((resolve) => {
    dialog.returnValue = "";
    dialog.addEventListener("close", () => resolve(dialog.returnValue === confirmValue), { once: true });
    dialog.showModal();
  });
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el("textarea", { className: "visually-hidden", readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  toast("Copied");
}

/** A stable colour per id, for avatars. */
export function avatarHue(id) {
  let hash = 0;
  for (const char of String(id)) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/** A round badge with a person's or a chat's initials, in its own colour. */
export function avatar(name, id, className = "avatar") {
  const node = el("span", { className, "aria-hidden": "true" }, initials(name));
  node.style.setProperty("--hue", String(avatarHue(id)));
  return node;
}
