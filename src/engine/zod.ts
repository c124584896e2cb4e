import * as z from 'zod/mini';

// Every schema module imports zod from here. zod/mini's object schemas parse without
// compiling code (only classic zod's object JIT uses `new Function`), so the forms run under
// a strict Content-Security-Policy with no 'unsafe-eval': tests/node/csp-privacy.test.js
// holds us to that. Keep instruments on zod/mini for that reason as much as for size.
export { z };
