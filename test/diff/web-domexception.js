'use strict';
// DOMException: names and legacy codes, constructor options, brand checks,
// prototype shape and util.inspect output (first line only: no stack frames).
const util = require('util');

const { print } = require('./_print');
function firstLine(s) {
  return s.split('\n')[0];
}

print(Object.getOwnPropertyNames(DOMException.prototype).join());
print(Object.getOwnPropertyNames(DOMException).join());
print(Object.keys(DOMException.prototype).join());
print(util.inspect(Object.getOwnPropertyDescriptor(DOMException.prototype, 'name')));
print(util.inspect(Object.getOwnPropertyDescriptor(DOMException.prototype, 'ABORT_ERR')));
print(util.inspect(Object.getOwnPropertyDescriptor(DOMException, 'DATA_CLONE_ERR')));
print(util.inspect(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag)));
print(DOMException.length, DOMException.name, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);

const names = [
  'IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError',
  'EncodingError', 'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError',
  'TransactionInactiveError', 'ReadOnlyError', 'VersionError', 'OperationError',
  'NotAllowedError', 'Error', 'abortError', '',
];
for (const name of names) {
  const e = new DOMException('m', name);
  print(JSON.stringify(name), e.code, e.name, String(e), firstLine(e.stack));
}

const e = new DOMException('msg', 'AbortError');
print(Object.getOwnPropertyNames(e).join(), Object.getOwnPropertySymbols(e).length, Object.keys(e).length);
print(e instanceof Error, e instanceof DOMException, Object.prototype.toString.call(e), JSON.stringify(e));
print(e.toString === Error.prototype.toString);

const d = new DOMException();
print(JSON.stringify([d.message, d.name, d.code]), String(d));
const withCause = new DOMException('x', { name: 'DataCloneError', cause: 42 });
print(withCause.name, withCause.code, withCause.cause,
      util.inspect(Object.getOwnPropertyDescriptor(withCause, 'cause')));
print(Object.getOwnPropertyNames(withCause).join());
const causeOnly = new DOMException('x', { cause: undefined });
print(typeof causeOnly.name, causeOnly.name, causeOnly.code, 'cause' in causeOnly, firstLine(causeOnly.stack));
print(new DOMException('x', {}).name, 'cause' in new DOMException('x', {}));
print(new DOMException('x', null).name, new DOMException('x', undefined).name, new DOMException('x', [1]).name);
print(new DOMException(1, 2).name, new DOMException(null).message, new DOMException(undefined).message === '');
print(new DOMException({ toString() { return 'obj'; } }).message);

for (const key of ['name', 'message', 'code']) {
  try {
    Object.getOwnPropertyDescriptor(DOMException.prototype, key).get.call({});
  } catch (err) {
    print(key, err.name, err.code, err.message, String(err), Object.keys(err).join());
  }
}
try {
  Object.create(DOMException.prototype).message;
} catch (err) {
  print('created', err.message);
}
try {
  DOMException('x');
} catch (err) {
  print(err.name, err.message);
}
try {
  new DOMException('x', { name: Symbol('s') });
} catch (err) {
  print(err.name, err.message);
}
try {
  new DOMException(Symbol('s'));
} catch (err) {
  print(err.name, err.message);
}

print(firstLine(util.inspect(e)));
print(firstLine(util.inspect(new DOMException('q', 'Custom'))));
print(firstLine(util.inspect(new DOMException('', 'Custom'))));
print(firstLine(util.inspect(new DOMException())));
print(util.inspect({ e: withCause }).split('\n').filter((l) => !/^\s+at /.test(l)).join('|'));

class Sub extends DOMException {
  constructor() {
    super('s', 'SyntaxError');
  }
}
const sub = new Sub();
print(sub.name, sub.code, sub instanceof DOMException, firstLine(util.inspect(sub)));
