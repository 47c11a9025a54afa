import { z } from 'zod';

// Zod compiles fast object parsers with `new Function` unless told not to. Pages that embed the scan
// often forbid `unsafe-eval` in their Content-Security-Policy, so every schema module imports this
// file first: the setting must be in force before the first schema is created.
z.config({ jitless: true });
