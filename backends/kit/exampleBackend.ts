/**
 * The smallest reference backend built on the kit: one API route behind a bearer key, with
 * faults, clock and control routes. What the kit's own tests run against, and the shape a new
 * backend starts from (see README.md).
 */

import { bearerAuth } from "./bearerAuth.js";
import { type ManualClock, shiftedClock } from "./clock.js";
import { registerControlRoutes } from "./controlRoutes.js";
import { installFaultHooks } from "./faultHooks.js";
import { FaultInjector } from "./faults.js";
import {
  type BackendStartOptions,
  createBackendApp,
  listenBackend,
  type RunningBackend,
  type StartReferenceBackend,
} from "./referenceBackend.js";

/** Not a secret: it only opens this loopback demo. */
export const EXAMPLE_API_KEY = "example-demo-key-0123456789";

export interface ExampleBackend extends RunningBackend {
  faults: FaultInjector<"api">;
  clock: ManualClock;
  requestCounts(): object;
}

export const startExampleBackend: StartReferenceBackend<ExampleBackend> = async (
  options: BackendStartOptions,
) => {
  // A backend with a database opens it in `prepareDataDir(options.dataDir)` here.
  const clock = shiftedClock(() => options.clock?.now() ?? Date.now());
  const app = createBackendApp(options.logger);
  const faults = new FaultInjector({ parts: { api: "/api/" } });
  const counter = installFaultHooks(app, faults);
  const reset = () => {
    faults.reset();
    clock.reset();
    counter.reset();
  };

  app.register(
    async (api) => {
      api.addHook("preHandler", bearerAuth({ secrets: EXAMPLE_API_KEY, realm: "example" }));
      api.get("/time", async () => ({ now: clock.now(), appUrl: options.appUrl }));
    },
    { prefix: "/api" },
  );
  registerControlRoutes(app, { faults, clock, reset, requestCounts: counter.counts });

  const url = await listenBackend(app, options);
  return { url, faults, clock, requestCounts: counter.counts, reset, close: () => app.close() };
};
