'use strict';
// node:v8's surface: exports, the field names and types of the heap statistics, flags, the
// startup-snapshot stubs, cachedDataVersionTag and argument validation.
const v8 = require('v8');

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const shape = (o) => Object.entries(o).map(([k, v]) => `${k}:${typeof v}`).join(' ');

console.log(Object.keys(v8).join());
const stats = v8.getHeapStatistics();
console.log(shape(stats));
console.log('sane', stats.used_heap_size > 0, stats.used_heap_size <= stats.total_heap_size,
            stats.heap_size_limit > stats.total_heap_size, stats.number_of_native_contexts >= 1,
            stats.does_zap_garbage === 0);
const spaces = v8.getHeapSpaceStatistics();
console.log(Array.isArray(spaces), spaces.length > 3, shape(spaces[0]));
console.log(['new_space', 'old_space', 'code_space', 'large_object_space']
  .every((n) => spaces.some((s) => s.space_name === n)));
console.log(spaces.every((s) => s.space_used_size <= s.space_size || s.space_size === 0));
console.log(shape(v8.getHeapCodeStatistics()));
console.log(JSON.stringify(v8.getCppHeapStatistics('brief')));
console.log(JSON.stringify(v8.getCppHeapStatistics().space_statistics[4]));
t('cpp type', () => v8.getCppHeapStatistics('x'));
const tag = v8.cachedDataVersionTag();
console.log('tag', typeof tag, Number.isInteger(tag), tag === v8.cachedDataVersionTag());
t('flags type', () => v8.setFlagsFromString(1));
t('flags', () => v8.setFlagsFromString('--allow-natives-syntax'));
t('one byte', () => [v8.isStringOneByteRepresentation('abc'),
                     v8.isStringOneByteRepresentation('\u00e9'),
                     v8.isStringOneByteRepresentation('\u2603')]);
t('one byte type', () => v8.isStringOneByteRepresentation(1));
console.log(Object.keys(v8.startupSnapshot).join(), v8.startupSnapshot.isBuildingSnapshot());
t('addSerializeCallback', () => v8.startupSnapshot.addSerializeCallback(() => {}));
t('addDeserializeCallback', () => v8.startupSnapshot.addDeserializeCallback(() => {}));
t('setDeserializeMainFunction', () => v8.startupSnapshot.setDeserializeMainFunction(() => {}));
t('near limit type', () => v8.setHeapSnapshotNearHeapLimit('a'));
t('near limit range', () => v8.setHeapSnapshotNearHeapLimit(0));
t('writeHeapSnapshot path', () => v8.writeHeapSnapshot(1));
t('getHeapSnapshot options', () => v8.getHeapSnapshot('x'));
t('exposeNumericValues', () => v8.getHeapSnapshot({ exposeNumericValues: 'x' }));
console.log(Object.keys(v8.promiseHooks).join());
t('createHook', () => v8.promiseHooks.createHook({ init: 1 }));
t('onSettled', () => v8.promiseHooks.onSettled(null));
t('queryObjects', () => v8.queryObjects({}));
console.log(v8.takeCoverage(), v8.stopCoverage());
console.log(typeof v8.GCProfiler, Object.getOwnPropertyNames(v8.GCProfiler.prototype).join());
console.log(require('node:v8') === v8);
