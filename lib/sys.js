'use strict';
// node:sys: the deprecated alias of node:util (DEP0025, a runtime warning as in node).
module.exports = require('util');
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
