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

module.exports = {
  customPromisifyArgs,
  isInsideNodeModules,
  isPendingDeprecation,
};
