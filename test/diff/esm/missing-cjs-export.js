// A name the CommonJS lexer did not find: node's longer message.
import { notThere } from '../../fixtures/esm/cjs-shapes.cjs';
console.log(notThere);
