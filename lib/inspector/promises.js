'use strict';
// node:inspector/promises: unavailable, as node:inspector (see lib/inspector.js).
require('inspector');
