// The unsettled await is in a dependency.
import '../../fixtures/esm/never.mjs';
console.log('never');
