/**
 * More of the reference Plume backend's demo world: the demo catalog has 21 locations, the
 * /status benchmark wants one per user. The backend has no API to add customers, so this adds
 * them to its catalog, in the thread that runs the backend (plume.worker.mjs), before it starts.
 * Every added location is healthy-looking with 2-3 pods, one of them sometimes fair.
 */
import {
  CUSTOMERS,
  type CustomerSpec,
  LOCATIONS,
  type LocationSpec,
  type PodSpec,
} from "../../backends/plume/catalog.js";
import { DEMO_PARTNERS } from "../../backends/plume/index.js";

/** One user's target: the customer and location they pick in /locations. */
export interface BenchLocation {
  customerId: string;
  customerName: string;
  locationId: string;
  locationName: string;
}

const hex = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(5, "0")}`;

function benchPod(n: number, i: number, gateway: boolean): PodSpec {
  const fair = !gateway && n % 5 === 0;
  return {
    id: `1FB${n.toString(16).padStart(4, "0")}C${i}`.toUpperCase(),
    nickname: gateway ? `Site ${n} gateway` : `Site ${n} pod ${i}`,
    model: gateway ? "PowerPod" : "SuperPod",
    gateway,
    connection: { state: "connected" },
    health: fair ? { status: "fair", score: 3 } : { status: "excellent", score: 5 },
    alerts: fair ? ["highInterference"] : [],
    devices: 2 + ((n + i) % 7),
  };
}

/** Adds `count` Northwind customers with one location each (once per thread); returns them. */
export function addBenchLocations(count: number): BenchLocation[] {
  const customers = CUSTOMERS as CustomerSpec[];
  const locations = LOCATIONS as LocationSpec[];
  const added: BenchLocation[] = [];
  for (let n = 1; n <= count; n++) {
    const customerId = hex("64b0c1a2f3e4d5c6b7b", n);
    const locationId = hex("65c0d1e2f3a4b5c6d7f", n);
    const customerName = `Bench Customer ${n}`;
    const locationName = `Bench Site ${n}`;
    added.push({ customerId, customerName, locationId, locationName });
    if (customers.some((c) => c.id === customerId)) continue;
    customers.push({
      id: customerId,
      accountId: `NW-9${String(n).padStart(5, "0")}`,
      name: customerName,
      email: `site${n}@bench.example`,
      partnerId: DEMO_PARTNERS.northwind.id,
      createdAt: "2024-02-01T10:00:00.000Z",
    });
    const pods = 2 + (n % 2);
    locations.push({
      id: locationId,
      customerId,
      name: locationName,
      serviceLevel: "fullService",
      speedTest: {
        status: "succeeded",
        download: 100 + (n % 200),
        upload: 20 + (n % 40),
        rtt: 8 + (n % 9),
        hoursAgo: 1 + (n % 20),
      },
      isp: "Northwind Fiber",
      pods: Array.from({ length: pods }, (_, i) => benchPod(n, i + 1, i === 0)),
      wifi: [{ ssid: `Site-${n}`, enable: true, wpaMode: "psk2" }],
      wanCapacityMbps: 150,
      outageChancePerHour: 0.004,
      timezone: "Europe/Chisinau",
    });
  }
  return added;
}
