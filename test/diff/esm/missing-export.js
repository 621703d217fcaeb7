// A missing named export is a SyntaxError at link time.
import { missing } from '../../fixtures/esm/has-present.mjs';
console.log(missing);
