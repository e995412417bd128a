/**
 * The side panel's "Backend faults": for each reference backend with a fault injector, latency,
 * a share of errors, 429s for the next calls, malformed JSON and (Plume) a pod going down, so a
 * person can watch the bots' error answers and alerts happen. The page talks to the playground's
 * own server (`/playground/api/faults`), which forwards to the backend's `/_control/*` routes.
 * While any fault is on, the sidebar says so (a click opens this panel).
 */
import { el } from "./render.js";
import { api, toast } from "./ui.js";

/** The settings change on their own (a 429 budget runs down; "Reset demo"): read them again. */
const POLL_MS = 5000;

const percentOf = (rate) => Math.round(rate * 1000) / 10;

/** "No faults" or what is on, e.g. "2000 ms latency · 50 % errors (HTTP 503)". */
function summaryOf(info) {
  const s = info.settings;
  const parts = [];
  if (s.latencyMs > 0) parts.push(`${s.latencyMs} ms latency`);
  if (s.errorRate > 0) parts.push(`${percentOf(s.errorRate)} % errors (HTTP ${s.errorStatus})`);
  if (s.rateLimitNext > 0) parts.push(`429 for the next ${s.rateLimitNext} calls`);
  if (s.malformedJson) parts.push("malformed JSON");
  if (s.hang) parts.push("requests hang");
  if (s.revokedClients.length > 0) parts.push(`${s.revokedClients.length} credentials revoked`);
  for (const pod of info.pods) if (pod.down) parts.push(`pod ${pod.label} down`);
  return parts.length === 0 ? "No faults: the backend answers as usual." : `On: ${parts.join(" · ")}.`;
}

/** One number setting: a label, the input, its unit. */
function numberField(id, label, unit, attributes) {
  const input = el("input", { type: "number", id, dataset: { testid: id }, ...attributes });
  return {
    input,
    row: el(
      "div",
      { className: "faults__field" },
      el("label", { for: id }, label),
      el("span", { className: "faults__input" }, input, el("span", { className: "faults__unit" }, unit)),
    ),
  };
}

/** The controls of one backend; `update` shows fresh settings without undoing what is being typed. */
function backendControls(initial, refreshAll) {
  const name = initial.backend;
  let info = initial;
  let dirty = false;

  // Steps that accept whatever the settings may already hold (the control API sets any value).
  const latency = numberField(`fault-latency-${name}`, "Latency", "ms", { min: 0, max: 120000, step: 1 });
  const errors = numberField(`fault-errors-${name}`, "Errors", "%", { min: 0, max: 100, step: 0.1 });
  const limited = numberField(`fault-429-${name}`, "429 for the next", "calls", {
    min: 0,
    max: 1000,
    step: 1,
  });
  const malformed = el("input", {
    type: "checkbox",
    id: `fault-malformed-${name}`,
    dataset: { testid: `fault-malformed-${name}` },
  });
  const state = el(
    "span",
    { className: "tag tag--fault", dataset: { testid: `faults-state-${name}` } },
    "faults on",
  );
  const status = el("span", { className: "faults__summary", dataset: { testid: `faults-summary-${name}` } });

  const apply = async (path, body, done) => {
    try {
      info = await api("POST", `/playground/api/faults/${encodeURIComponent(name)}${path}`, body);
      dirty = false;
      show(true);
      if (done) toast(done);
      await refreshAll();
    } catch (error) {
      toast(error.message, "error");
    }
  };

  const form = el(
    "form",
    { className: "faults__form", dataset: { testid: `faults-form-${name}` } },
    latency.row,
    errors.row,
    limited.row,
    el(
      "div",
      { className: "faults__check" },
      malformed,
      el("label", { for: `fault-malformed-${name}` }, "Malformed JSON answers"),
    ),
    el(
      "div",
      { className: "faults__actions" },
      el(
        "button",
        { type: "submit", className: "button button--small", dataset: { testid: `fault-apply-${name}` } },
        "Apply",
      ),
      el(
        "button",
        {
          type: "button",
          className: "button button--small button--quiet",
          title: "No faults, every pod back up",
          dataset: { testid: `fault-reset-${name}` },
          onClick: () => void apply("/reset", {}, `${info.title}: faults reset.`),
        },
        "Reset",
      ),
    ),
  );
  form.addEventListener("input", () => {
    dirty = true;
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void apply("", {
      latencyMs: Number(latency.input.value || 0),
      errorRate: Number(errors.input.value || 0) / 100,
      rateLimitNext: Number(limited.input.value || 0),
      malformedJson: malformed.checked,
    });
  });

  const podSelect = el("select", { id: `fault-pod-${name}`, dataset: { testid: `fault-pod-${name}` } });
  const podButton = el("button", {
    type: "button",
    className: "button button--small button--quiet",
    dataset: { testid: `fault-pod-toggle-${name}` },
    onClick: () => {
      const pod = info.pods.find((p) => p.id === podSelect.value);
      if (pod) void apply(`/pods/${encodeURIComponent(pod.id)}`, { down: !pod.down });
    },
  });
  const podLabel = () => {
    const pod = info.pods.find((p) => p.id === podSelect.value);
    podButton.textContent = pod?.down ? "Bring it back" : "Take it down";
  };
  podSelect.addEventListener("change", podLabel);
  const pods =
    initial.pods.length > 0
      ? el(
          "div",
          { className: "faults__pods" },
          el("label", { for: `fault-pod-${name}` }, "A pod going down"),
          el("div", { className: "faults__pod-row" }, podSelect, podButton),
        )
      : undefined;

  /** Fresh settings on screen; the inputs only if the person is not in the middle of editing them. */
  const show = (force) => {
    state.hidden = !info.active;
    status.textContent = summaryOf(info);
    root.dataset.active = String(info.active);
    if (force || (!dirty && !form.contains(document.activeElement))) {
      latency.input.value = String(info.settings.latencyMs);
      errors.input.value = String(percentOf(info.settings.errorRate));
      limited.input.value = String(info.settings.rateLimitNext);
      malformed.checked = info.settings.malformedJson;
    }
    const chosen = podSelect.value;
    podSelect.replaceChildren(
      ...info.pods.map((p) => el("option", { value: p.id }, p.down ? `${p.label} — down` : p.label)),
    );
    if (info.pods.some((p) => p.id === chosen)) podSelect.value = chosen;
    podLabel();
  };

  const root = el(
    "details",
    { className: "faults", dataset: { testid: `faults-${name}` } },
    el(
      "summary",
      { className: "faults__title", dataset: { testid: `faults-toggle-${name}` } },
      initial.title,
      state,
      status,
    ),
    form,
    pods,
  );
  show(true);
  return {
    root,
    update(next) {
      info = next;
      show(false);
    },
  };
}

/**
 * @param {{ container: HTMLElement, indicator: HTMLButtonElement, panelToggle: HTMLElement,
 *   openPanel: () => void }} elements the panel's faults section, the sidebar's "faults on" button,
 *   the narrow layout's panel button (it gets a dot)
 */
export function createFaultControls({ container, indicator, panelToggle, openPanel }) {
  const list = container.querySelector("[data-list]");
  /** backend name → its controls */
  const controls = new Map();
  let timer;

  indicator.addEventListener("click", () => {
    openPanel();
    for (const control of controls.values())
      if (control.root.dataset.active === "true") control.root.open = true;
    container.scrollIntoView({ block: "start" });
  });

  const showAll = (infos) => {
    for (const info of infos) {
      const existing = controls.get(info.backend);
      if (existing) existing.update(info);
      else {
        const created = backendControls(info, refresh);
        controls.set(info.backend, created);
        list.append(created.root);
      }
    }
    for (const [name, control] of controls) {
      if (!infos.some((i) => i.backend === name)) {
        control.root.remove();
        controls.delete(name);
      }
    }
    container.hidden = infos.length === 0;
    const active = infos.filter((i) => i.active);
    indicator.hidden = active.length === 0;
    indicator.textContent = `Faults on: ${active.map((i) => i.title).join(", ")}`;
    panelToggle.dataset.faults = active.length > 0 ? "on" : "off";
  };

  async function refresh() {
    try {
      showAll(await api("GET", "/playground/api/faults"));
    } catch {
      // The server is restarting or gone: the connection indicator already says so.
    }
  }

  return {
    refresh,
    /** Reads the settings now, then every few seconds while the page is visible. */
    async start() {
      await refresh();
      clearInterval(timer);
      timer = setInterval(() => {
        if (document.visibilityState === "visible") void refresh();
      }, POLL_MS);
    },
  };
}
