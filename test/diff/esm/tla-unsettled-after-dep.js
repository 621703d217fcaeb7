// A dependency's top-level await settles; the entry's own await does not.
import { value } from '../../fixtures/esm/tla.mjs';

console.log(value);
await new Promise(() => {});
