// Unit tests are deterministic: property tests run from a fixed seed (FC_SEED overrides it to
// explore more), so a failure in CI can always be replayed.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20210518) });

// The app loads edtf only when a dataset needs it; unit tests read every form directly.
import { loadEdtf } from './time/edtf';

await loadEdtf();
