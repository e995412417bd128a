/**
 * The playground's backend-fault routes without a browser (issue 12, item 17): the page's server
 * lists the reference backends that have a fault injector and forwards validated changes to
 * their `/_control/*` routes; pods go down and come back; "Reset demo" clears it all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_NODES } from "../../backends/plume/index.js";
import type { BackendFaultsInfo } from "../../src/playground/faultRoutes.js";
import { startTestPlayground, type TestPlayground } from "./playgroundSupport.js";

let demo: TestPlayground;
let base: string;

beforeAll(async () => {
  demo = await startTestPlayground();
  base = demo.playground.localUrl;
});

afterAll(async () => {
  await demo?.stop();
});

type Answer<T> = { ok: true; result: T } | { ok: false; error: string };

async function call<T = BackendFaultsInfo>(method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer<T> };
}

const plume = () => demo.playground.backends.plume!;
const podState = (nodeId: string) => {
  const { world } = plume();
  return world.podState(world.podById(nodeId)!.pod).state;
};

describe("backend faults through the playground", () => {
  it("lists each backend with a fault injector, its settings and the pods it can take down", async () => {
    const { status, body } = await call<BackendFaultsInfo[]>("GET", "/playground/api/faults");
    expect(status).toBe(200);
    if (!body.ok) throw new Error(body.error);
    const listed = body.result.find((b) => b.backend === "plume");
    expect(listed).toMatchObject({
      title: "Plume WiFi",
      active: false,
      settings: { latencyMs: 0, errorRate: 0, errorStatus: 503, rateLimitNext: 0, malformedJson: false },
    });
    expect(listed!.pods.map((p) => p.label)).toContain("Home · Kid's & Guest");
    expect(listed!.pods.every((p) => !p.down)).toBe(true);
  });

  it("forwards a change to the backend's own fault injector and says faults are on", async () => {
    const { status, body } = await call("POST", "/playground/api/faults/plume", {
      latencyMs: 250,
      errorRate: 0.25,
      rateLimitNext: 2,
      malformedJson: true,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, result: { active: true, settings: { latencyMs: 250 } } });
    expect(plume().faults.settings).toMatchObject({
      latencyMs: 250,
      errorRate: 0.25,
      rateLimitNext: 2,
      malformedJson: true,
    });
  });

  it("refuses what the panel may not set, naming the setting, and unknown backends or pods", async () => {
    const tooMuch = await call("POST", "/playground/api/faults/plume", { errorRate: 2 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body).toMatchObject({ ok: false, error: expect.stringContaining("errorRate") });
    const other = await call("POST", "/playground/api/faults/plume", { hang: true });
    expect(other.status).toBe(400);
    expect(other.body).toMatchObject({ ok: false, error: expect.stringContaining("hang") });
    expect(plume().faults.settings.hang).toBe(false);

    expect((await call("POST", "/playground/api/faults/nope", { latencyMs: 1 })).status).toBe(404);
    // JSON only: a form another site posts here is refused before anything happens.
    const form = await fetch(`${base}/playground/api/faults/plume/reset`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(form.status).toBe(415);
    await form.arrayBuffer();
    expect((await call("POST", "/playground/api/faults/plume/pods/XYZ", { down: true })).status).toBe(404);
    expect(
      (await call("POST", `/playground/api/faults/plume/pods/${DEMO_NODES.homeKidsGuest}`, { down: "yes" }))
        .status,
    ).toBe(400);
  });

  it("takes a pod down and brings it back", async () => {
    const pod = DEMO_NODES.homeKidsGuest;
    const down = await call("POST", `/playground/api/faults/plume/pods/${pod}`, { down: true });
    expect(down.status).toBe(200);
    if (!down.body.ok) throw new Error(down.body.error);
    expect(down.body.result.pods.find((p) => p.id === pod)?.down).toBe(true);
    expect(podState(pod)).toBe("disconnected");

    const back = await call("POST", `/playground/api/faults/plume/pods/${pod}`, { down: false });
    if (!back.body.ok) throw new Error(back.body.error);
    expect(back.body.result.pods.find((p) => p.id === pod)?.down).toBe(false);
    expect(podState(pod)).toBe("connected");
  });

  it("the panel's reset clears the faults and brings its pods back", async () => {
    await call("POST", `/playground/api/faults/plume/pods/${DEMO_NODES.homeGateway}`, { down: true });
    expect(podState(DEMO_NODES.homeGateway)).toBe("disconnected");
    const { status, body } = await call("POST", "/playground/api/faults/plume/reset", {});
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, result: { active: false } });
    expect(plume().faults.settings).toMatchObject({
      latencyMs: 0,
      errorRate: 0,
      rateLimitNext: 0,
      malformedJson: false,
    });
    expect(podState(DEMO_NODES.homeGateway)).toBe("connected");
  });

  it("Reset demo clears them too, pods included", async () => {
    await call("POST", "/playground/api/faults/plume", { latencyMs: 100 });
    await call("POST", `/playground/api/faults/plume/pods/${DEMO_NODES.homeKidsGuest}`, { down: true });
    const reset = await fetch(`${base}/playground/reset`, { method: "POST" });
    expect(reset.status).toBe(200);
    await reset.arrayBuffer();
    const { body } = await call<BackendFaultsInfo[]>("GET", "/playground/api/faults");
    if (!body.ok) throw new Error(body.error);
    const listed = body.result.find((b) => b.backend === "plume")!;
    expect(listed.active).toBe(false);
    expect(listed.pods.some((p) => p.down)).toBe(false);
    expect(podState(DEMO_NODES.homeKidsGuest)).toBe("connected");
  });
});
