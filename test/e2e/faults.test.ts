/**
 * Deploys through 30% injected faults (resets, lost responses, SlowDown, 500, 503, 429) in front
 * of moto: the built action must finish at least 95% of them on the first run, and the bucket must
 * hold exactly the site after every one. The faults are seeded, so a failure here reproduces.
 */
import { runFaultTrial } from '../support/fault-trial.js';

test('at 30% injected faults, at least 95% of deploys exit 0 on the first run, and every bucket converges', async () => {
  const result = await runFaultTrial({ runs: 20, rate: 0.3, seed: 'e2e-faults-1' });
  expect(result.faultsInjected).toBeGreaterThan(20 * 2);
  expect(result.failures).toEqual([]);
  expect(result.succeeded).toBe(20);
  expect(result.converged).toBe(20);
}, 300_000);
