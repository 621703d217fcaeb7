'use strict';
// Internal helpers shared by builtins.

// Builtins whose callbacks take several results name them here, so that
// util.promisify resolves with an object ({ address, family } for dns.lookup).
const customPromisifyArgs = Symbol('customPromisifyArgs');

// Whether the first caller frame outside the builtins comes from a file under a node_modules
// directory (some deprecation warnings are only shown to the application's own code). With no such
// frame within `frameLimit` frames, `defaultValue`.
function isInsideNodeModules(frameLimit = 100, defaultValue = true) {
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.stackTraceLimit = frameLimit;
    Error.captureStackTrace(holder, isInsideNodeModules);
    sites = holder.stack;
  } catch {
    return defaultValue;
  } finally {
    try {
      Error.prepareStackTrace = savedPrepare;
      Error.stackTraceLimit = savedLimit;
    } catch {
      // A frozen Error: nothing was changed.
    }
  }
  if (!Array.isArray(sites)) return defaultValue;
  for (const site of sites) {
    const name = site.getFileName?.();
    if (typeof name !== 'string' || name === '' || name.startsWith('node:')) continue;
    return name.includes('/node_modules/') || name.includes('\\node_modules\\');
  }
  return defaultValue;
}

// --pending-deprecation (or NODE_PENDING_DEPRECATION=1) turns on the deprecations Node keeps quiet.
let pendingDeprecation;
function isPendingDeprecation() {
  if (pendingDeprecation === undefined) {
    pendingDeprecation = process.execArgv.includes('--pending-deprecation') ||
      process.env.NODE_PENDING_DEPRECATION === '1';
  }
  return pendingDeprecation;
}

// `{ ...a, ...b }` for an options object that gets properties added afterwards: V8 10.2 gives each
// property added to a spread copy a new map (docs/architecture.md, "V8 10.2 performance
// cliffs"); Object.assign onto `{}` builds the same own properties along shared maps. An own
// `__proto__` key would be a prototype change for Object.assign, so that copy is spread.
function copyOptions(a, b) {
  if (hasOwnProtoKey(a) || hasOwnProtoKey(b)) return { ...a, ...b };
  return Object.assign({}, a, b);
}
function hasOwnProtoKey(o) {
  return o !== null && typeof o === 'object' && Object.hasOwn(o, '__proto__');
}

module.exports = {
  copyOptions,
  customPromisifyArgs,
  isInsideNodeModules,
  isPendingDeprecation,
};
