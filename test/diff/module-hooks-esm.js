'use strict';
// module.registerHooks() seen from an ES module: import.meta.resolve and a virtual CommonJS
// module whose source comes from a load hook (the fixture prints).
import('../fixtures/module-hooks/hooks-main.mjs');
