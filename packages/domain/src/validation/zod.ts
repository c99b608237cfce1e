// Zod, set up once for the whole domain: without `jitless` it compiles object parsers with
// `new Function` when a schema is made, which the portal's Content Security Policy forbids
// (no eval), and the domain's validators also run in the browser (the register's forms).
import { z } from "zod";

z.config({ jitless: true });

export { z };
