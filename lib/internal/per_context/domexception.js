'use strict';
// DOMException (WebIDL): an Error subclass by prototype, with the legacy
// numeric codes of the named exceptions. As in Node 22, the only own
// property is `stack` (plus `cause` when the options carry one); the name,
// message and code live in private state behind prototype getters.

// [name, legacy constant]; a name's code is its 1-based position here. The
// constants DOMSTRING_SIZE_ERR, NO_DATA_ALLOWED_ERR and VALIDATION_ERR have no
// name in WebIDL's table (their names here give code 0).
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];

const codeOfName = new Map();
const namelessCodes = [2, 6, 16];
for (let i = 0; i < legacyCodes.length; i++) {
  if (!namelessCodes.includes(i + 1)) codeOfName.set(legacyCodes[i][0], i + 1);
}

// This file does not use internal/errors (it belongs to every context), so
// the ERR_INVALID_THIS error is built here, with Node 22's wording.
function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  Object.defineProperty(err, 'toString', {
    value() {
      return `${this.name} [ERR_INVALID_THIS]: ${this.message}`;
    },
    writable: true, enumerable: false, configurable: true,
  });
  return err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    const hasOptions = options !== null && typeof options === 'object';
    this.#name = hasOptions ? `${options.name}` : `${options}`;
    Error.captureStackTrace(this);
    if (hasOptions) {
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    }
  }

  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!(#name in this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw invalidThis();
    return codeOfName.get(this.#name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const name of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(DOMException.prototype, name, desc);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (let i = 0; i < legacyCodes.length; i++) {
  const desc = { value: i + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, legacyCodes[i][1], desc);
  Object.defineProperty(DOMException.prototype, legacyCodes[i][1], desc);
}

module.exports = { DOMException };
