/**
 * The fault trial from the command line, to measure first-run success rates:
 *   npx tsx test/support/measure-faults.ts RATE RUNS [SEED]
 * (build dist/ first: the trial runs dist/index.js).
 */
import { runFaultTrial } from './fault-trial.js';

const [rate = '0.3', runs = '20', seed = 'measure'] = process.argv.slice(2);
const result = await runFaultTrial({ rate: Number(rate), runs: Number(runs), seed });
console.log(
  `${Number(rate) * 100}% faults: ${result.succeeded} of ${result.runs} deploys exited 0 on the first run; ` +
    `${result.converged} of ${result.runs} buckets converged; ${result.faultsInjected} faults injected`,
);
for (const failure of result.failures) console.log(failure);
