/**
 * The admin page's inline script (served inside adminPage.ts): calls this backend's routes with
 * the web sign-in's JWT and writes every value with `textContent`, never as HTML. The JWT stays in
 * `sessionStorage` (a demo page); OTPs and link tokens are shown once and kept nowhere.
 */
export const ADMIN_PAGE_SCRIPT = `
"use strict";
(() => {
  const admins = JSON.parse(document.getElementById("demo-admins-data").textContent);
  const $ = (id) => document.querySelector('[data-testid="' + id + '"]');
  const state = { token: sessionStorage.getItem("tabys.jwt"), me: JSON.parse(sessionStorage.getItem("tabys.me") || "null") };

  const detailOf = (data) => {
    if (data && typeof data.detail === "string") return data.detail;
    if (data && Array.isArray(data.detail)) return data.detail.map((d) => d.loc.join(".") + ": " + d.msg).join("; ");
    return null;
  };

  async function api(method, path, body) {
    const headers = {};
    if (state.token) headers.authorization = "Bearer " + state.token;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = null; }
    if (response.status === 401 && state.token) {
      signOut();
      throw new Error("Your sign-in has ended: please sign in again.");
    }
    if (!response.ok) throw new Error(detailOf(data) || "The backend answered " + response.status);
    return data;
  }

  const showError = (error) => { $("error").textContent = error ? error.message || String(error) : ""; };
  const run = (action) => async () => { showError(null); try { await action(); } catch (error) { showError(error); } };
  const when = (iso) => (iso ? new Date(iso).toLocaleString() : "—");

  function cell(content) {
    const td = document.createElement("td");
    if (content instanceof Node) td.append(content); else td.textContent = content == null ? "—" : String(content);
    return td;
  }

  function button(label, testid, onClick) {
    const b = document.createElement("button");
    b.type = "button"; b.className = "quiet"; b.textContent = label; b.dataset.testid = testid;
    b.addEventListener("click", run(onClick));
    return b;
  }

  async function copy(text, target) {
    try { await navigator.clipboard.writeText(text); }
    catch {
      const range = document.createRange(); range.selectNodeContents(target);
      const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range);
      document.execCommand("copy");
    }
  }

  async function copyFrom(source, copyButton) {
    await copy(source.textContent, source);
    copyButton.textContent = "Copied";
    setTimeout(() => { copyButton.textContent = "Copy"; }, 1500);
  }

  async function loadOtps() {
    const otps = await api("GET", "/api/v1/telegram-auth/my-otps");
    $("my-otps").tBodies[0].replaceChildren(...otps.map((otp) => {
      const tr = document.createElement("tr");
      tr.dataset.testid = "otp-row"; tr.dataset.otpId = String(otp.otp_id); tr.dataset.status = otp.status;
      const revoke = otp.status === "active"
        ? button("Revoke", "revoke-otp", async () => { await api("POST", "/api/v1/telegram-auth/revoke-otp", { otp_id: otp.otp_id }); await loadOtps(); })
        : "";
      tr.append(cell(otp.otp_id), cell(when(otp.created_at)), cell(when(otp.expires_at)), cell(otp.status), cell(revoke));
      return tr;
    }));
  }

  async function loadSessions() {
    const sessions = await api("GET", "/api/v1/telegram-auth/sessions");
    $("sessions").tBodies[0].replaceChildren(...sessions.map((s) => {
      const tr = document.createElement("tr");
      tr.dataset.testid = "session-row"; tr.dataset.telegramUserId = s.telegram_user_id;
      const who = s.telegram_username ? "@" + s.telegram_username + " (" + s.telegram_user_id + ")" : s.telegram_user_id;
      const end = button("Revoke", "revoke-session", async () => {
        await api("DELETE", "/api/v1/telegram-auth/sessions/" + encodeURIComponent(s.telegram_user_id));
        await loadSessions();
      });
      tr.append(cell(who), cell(s.admin_name), cell(s.role), cell(when(s.created_at)), cell(when(s.last_activity)), cell(end));
      return tr;
    }));
  }

  async function loadLink() {
    const link = await api("GET", "/api/v2/telegram/link");
    $("link-status").textContent = link.linked
      ? "Linked to Telegram chat " + link.telegram_chat_id + (link.telegram_username ? " (@" + link.telegram_username + ")" : "") + " since " + when(link.linked_at) + "."
      : "Not linked to Telegram yet.";
    $("unlink-telegram").hidden = !link.linked;
  }

  const managesSessions = () => state.me && (state.me.role === "administrator" || state.me.role === "super_admin");

  async function render() {
    const signedIn = Boolean(state.token && state.me);
    $("signin-section").hidden = signedIn;
    $("account-section").hidden = !signedIn;
    if (!signedIn) return;
    $("signed-in-as").textContent = state.me.name;
    $("signed-in-role").textContent = state.me.role;
    $("sessions-section").hidden = !managesSessions();
    await loadOtps();
    await loadLink();
    if (managesSessions()) await loadSessions();
  }

  function signOut() {
    state.token = null; state.me = null;
    sessionStorage.removeItem("tabys.jwt"); sessionStorage.removeItem("tabys.me");
    $("otp-result").hidden = true; $("link-result").hidden = true;
    $("otp-command").textContent = ""; $("link-command").textContent = "";
    $("signin-section").hidden = false; $("account-section").hidden = true;
  }

  $("sign-in").addEventListener("click", run(async () => {
    const admin = admins.find((a) => a.email === $("admin-picker").value);
    const answer = await api("POST", "/api/v1/auth/login", { email: admin.email, password: admin.password });
    state.token = answer.access_token;
    state.me = { name: answer.admin_name, role: answer.role };
    sessionStorage.setItem("tabys.jwt", state.token);
    sessionStorage.setItem("tabys.me", JSON.stringify(state.me));
    await render();
  }));

  $("sign-out").addEventListener("click", run(async () => signOut()));

  $("generate-otp").addEventListener("click", run(async () => {
    const minutes = Number($("otp-minutes").value);
    const otp = await api("POST", "/api/v1/telegram-auth/generate-otp", { expires_in_minutes: minutes });
    $("otp-command").textContent = otp.command;
    $("otp-expiry").textContent = "Single use, valid " + Math.round(otp.expires_in_seconds / 60) + " min: until " + when(otp.expires_at) + ".";
    $("otp-result").hidden = false;
    await loadOtps();
  }));

  $("copy-otp").addEventListener("click", run(() => copyFrom($("otp-command"), $("copy-otp"))));
  $("copy-link").addEventListener("click", run(() => copyFrom($("link-command"), $("copy-link"))));

  $("link-telegram").addEventListener("click", run(async () => {
    const link = await api("POST", "/api/v2/telegram/link-token");
    $("link-command").textContent = "/start " + link.start_payload;
    $("link-start-payload").textContent = link.start_payload;
    $("link-token").textContent = link.token;
    $("link-expiry").textContent = "Single use, until " + when(link.expires_at) + ".";
    $("link-result").hidden = false;
  }));

  $("unlink-telegram").addEventListener("click", run(async () => {
    await api("DELETE", "/api/v2/telegram/link");
    await loadLink();
  }));

  run(render)();
})();
`;
