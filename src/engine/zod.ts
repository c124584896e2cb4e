import * as z from 'zod/mini';

// Zod compiles object parsers with `new Function` unless told not to. Under a strict
// Content-Security-Policy (no 'unsafe-eval') even its probe for eval is reported as a
// violation, and zod decides when an object schema is *created*, so this must run before
// any instrument schema is built: every schema module imports `z` from here, not from zod.
// In Node the fast path is harmless and kept.
if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
