'use strict';
// Small WebIDL helpers for webcrypto.

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

module.exports = { lazyDOMException };
