'use strict';
// Installs the spec polyfills for built-ins newer than V8 10.2 (DESIGN.md section 1).
require('internal/bootstrap/polyfills').install(globalThis);
