'use strict';
// node:inspector. nodus has no inspector (no Chrome DevTools protocol); like a node built without
// it (process.features.inspector is false), loading the module throws ERR_INSPECTOR_NOT_AVAILABLE,
// which packages that probe for a debugger catch.
const { ERR_INSPECTOR_NOT_AVAILABLE } = require('internal/errors').codes;

throw new ERR_INSPECTOR_NOT_AVAILABLE();
