// Top-level await in the entry and in a dependency; the graph waits for it.
import { value } from '../../fixtures/esm/tla.mjs';

console.log(value);
const later = await new Promise((resolve) => setTimeout(() => resolve('after timer'), 5));
console.log(later);
for await (const x of [1, 2]) console.log('for await', x);
