import { z } from 'zod';

// zod probes `new Function` once to decide whether it may compile validators. Extension pages run
// under a CSP without 'unsafe-eval', so the probe would only log a violation (and addons-linter
// flags it). Jitless mode never probes and validates the same way.
z.config({ jitless: true });

export { z };
