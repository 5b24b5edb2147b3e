// `npm run fuzz`: the store's property over at least 10,000 arbitrary adapter outcomes (seeded, manual clock);
// prints runs, outcomes, failures and time, and exits non-zero on any failure.
import { fuzzStore } from '../test/core/store-property.ts';

const MIN_OUTCOMES = Number(process.env.QBO_FUZZ_OUTCOMES ?? 10_000);
const seed = Number(process.env.QBO_FUZZ_SEED ?? 20261125);
const started = Date.now();
let runs = 0;
let outcomes = 0;
let failures = 0;
let batch = 0;
while (outcomes < MIN_OUTCOMES && failures === 0) {
  const figures = await fuzzStore(1000, seed + batch++);
  runs += figures.runs;
  outcomes += figures.outcomes;
  failures += figures.failures;
  if (figures.counterexample) console.error(`Counterexample (seed ${seed + batch - 1}):\n${figures.counterexample}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`store fuzz: ${runs} runs, ${outcomes} adapter and window outcomes, ${failures} failures, ${seconds} s (seed ${seed})`);
process.exit(failures ? 1 : 0);
