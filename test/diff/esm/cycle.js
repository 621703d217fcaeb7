// Circular imports: live bindings and evaluation order.
import { a, getB } from '../../fixtures/esm/cycle/a.mjs';
import { b, getA } from '../../fixtures/esm/cycle/b.mjs';
console.log(a, b, getA(), getB());
