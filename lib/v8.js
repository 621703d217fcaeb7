'use strict';
// node:v8 for nodus: engine statistics and flags (internalBinding('heap_utils')) and V8's
// serialization format (internalBinding('serdes')) with node's host-object layout for
// ArrayBufferViews.

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  ERR_INVALID_ARG_VALUE,
  ERR_NOT_BUILDING_SNAPSHOT,
} = require('internal/errors').codes;
const {
  validateBoolean,
  validateFunction,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const binding = internalBinding('heap_utils');
const { Serializer, Deserializer } = internalBinding('serdes');

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

const kHeapStatisticsFields = [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory',
  'does_zap_garbage', 'number_of_native_contexts', 'number_of_detached_contexts',
  'total_global_handles_size', 'used_global_handles_size', 'external_memory',
];

function getHeapStatistics() {
  const values = binding.getHeapStatistics();
  const out = {};
  for (let i = 0; i < kHeapStatisticsFields.length; i++) out[kHeapStatisticsFields[i]] = values[i];
  return out;
}

function getHeapSpaceStatistics() {
  return binding.getHeapSpaceStatistics().map((row) => ({
    space_name: row[0],
    space_size: row[1],
    space_used_size: row[2],
    space_available_size: row[3],
    physical_space_size: row[4],
  }));
}

function getHeapCodeStatistics() {
  const v = binding.getHeapCodeStatistics();
  return {
    code_and_metadata_size: v[0],
    bytecode_and_metadata_size: v[1],
    external_script_source_size: v[2],
    cpu_profiler_metadata_size: v[3],
  };
}

// nodus has no C++ (cppgc) heap: node's shape, all zero.
function getCppHeapStatistics(type = 'detailed') {
  validateOneOf(type, 'type', ['brief', 'detailed']);
  const nullObject = (o) => Object.assign({ __proto__: null }, o);
  const spaces = [];
  if (type === 'detailed') {
    const buckets = [];
    for (let i = 0; i <= 16; i++) buckets.push(2 ** i);
    for (const name of ['NormalPageSpace0', 'NormalPageSpace1', 'NormalPageSpace2',
                        'NormalPageSpace3', 'LargePageSpace']) {
      spaces.push(nullObject({
        name,
        committed_size_bytes: 0,
        resident_size_bytes: 0,
        used_size_bytes: 0,
        page_stats: [],
        free_list_stats: nullObject({
          bucket_size: name === 'LargePageSpace' ? [] : buckets.slice(),
          free_count: name === 'LargePageSpace' ? [] : buckets.map(() => 0),
          free_size: name === 'LargePageSpace' ? [] : buckets.map(() => 0),
        }),
      }));
    }
  }
  return nullObject({
    committed_size_bytes: 0,
    resident_size_bytes: 0,
    used_size_bytes: 0,
    space_statistics: spaces,
    type_names: [],
    detail_level: type,
  });
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  return binding.isStringOneByteRepresentation(content);
}

// ---- heap snapshots ---------------------------------------------------------------------------

function getSnapshotOptions(options) {
  if (options === undefined) return [false, false];
  validateObject(options, 'options');
  const { exposeInternals = false, exposeNumericValues = false } = options;
  validateBoolean(exposeInternals, 'options.exposeInternals');
  validateBoolean(exposeNumericValues, 'options.exposeNumericValues');
  return [exposeInternals, exposeNumericValues];
}

let snapshotSequence = 0;
function defaultSnapshotName() {
  const d = new Date();
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const { threadId } = require('worker_threads');
  return `Heap.${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}.` +
    `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}.` +
    `${process.pid}.${threadId}.${pad(++snapshotSequence, 3)}.heapsnapshot`;
}

function writeHeapSnapshot(path, options) {
  const [internals, numeric] = getSnapshotOptions(options);
  if (path !== undefined) {
    path = require('internal/fs/utils').getValidatedPath(path);
  } else {
    path = defaultSnapshotName();
  }
  require('fs').writeFileSync(path, binding.takeSnapshot(internals, numeric));
  return path;
}

function getHeapSnapshot(options) {
  const [internals, numeric] = getSnapshotOptions(options);
  const text = binding.takeSnapshot(internals, numeric);
  const { Readable } = require('stream');
  let offset = 0;
  const kChunk = 64 * 1024;
  return new Readable({
    read() {
      if (offset >= text.length) {
        this.push(null);
        return;
      }
      this.push(text.slice(offset, offset + kChunk));
      offset += kChunk;
    },
  });
}

let nearLimitSet = false;
function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
  if (nearLimitSet) return;
  nearLimitSet = true;
  binding.setHeapSnapshotNearHeapLimit(limit);
}

// ---- queryObjects ------------------------------------------------------------------------------

let queryWarned = false;
function queryObjects(ctor, options = undefined) {
  validateFunction(ctor, 'constructor');
  let format = 'count';
  if (options !== undefined) {
    validateObject(options, 'options');
    format = options.format ?? 'count';
    if (format !== 'count' && format !== 'summary') {
      throw new ERR_INVALID_ARG_VALUE('options.format', format);
    }
  }
  if (!queryWarned) {
    queryWarned = true;
    process.emitWarning('v8.queryObjects() is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  const proto = ctor.prototype;
  const found = proto !== null && (typeof proto === 'object' || typeof proto === 'function') ?
    binding.queryObjects(proto) : [];
  if (format === 'count') return found.length;
  const { inspect } = require('util');
  return found.map((o) => inspect(o, { depth: 0, colors: false, breakLength: Infinity }));
}

// ---- serialization ------------------------------------------------------------------------------

const nativeRelease = Serializer.prototype.releaseBuffer;
Object.defineProperty(Serializer.prototype, 'releaseBuffer', {
  __proto__: null,
  configurable: true,
  writable: true,
  value: function releaseBuffer() {
    const u8 = Reflect.apply(nativeRelease, this, []);
    return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
  },
});
Serializer.prototype._getDataCloneError = Error;

Object.defineProperty(Deserializer.prototype, 'readRawBytes', {
  __proto__: null,
  configurable: true,
  writable: true,
  value: function readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  },
});

// The order of node's host-object type indexes (10 is a Buffer).
const arrayBufferViewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
                              Int32Array, Uint32Array, Float32Array, Float64Array, DataView,
                              FastBuffer, BigInt64Array, BigUint64Array];
const arrayBufferViewTypeToIndex = new Map();
for (let i = 0; i < arrayBufferViewTypes.length; i++) {
  if (arrayBufferViewTypes[i] !== FastBuffer) {
    arrayBufferViewTypeToIndex.set(`[object ${arrayBufferViewTypes[i].name}]`, i);
  }
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = 10;  // a Buffer
    if (abView.constructor !== Buffer) {
      i = arrayBufferViewTypeToIndex.get(Object.prototype.toString.call(abView));
      if (i === undefined) {
        throw new this._getDataCloneError(
          `Unserializable host object: ${require('util').inspect(abView)}`);
      }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = arrayBufferViewTypes[typeIndex];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const bytesPerElement = ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (offset % bytesPerElement === 0) {
      return new ctor(this.buffer.buffer, offset, byteLength / bytesPerElement);
    }
    // Unaligned: copy into an aligned buffer first.
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new ctor(copy.buffer, copy.byteOffset, byteLength / bytesPerElement);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

// ---- promise hooks ------------------------------------------------------------------------------

const promiseHookLists = { init: [], before: [], after: [], settled: [] };

function runAll(list) {
  return function(promise, parent) {
    for (let i = 0; i < list.length; i++) list[i](promise, parent);
  };
}

function updatePromiseHooks() {
  const pick = (name) => {
    const list = promiseHookLists[name];
    if (list.length === 0) return undefined;
    return list.length === 1 ? list[0] : runAll(list.slice());
  };
  // async_wrap's setter (async_hooks uses it too: the last one to set the hooks wins).
  internalBinding('async_wrap')
    .setPromiseHooks(pick('init'), pick('before'), pick('after'), pick('settled'));
}

function makeUseHook(name) {
  return (hook) => {
    validateFunction(hook, `${name}Hook`);
    const list = promiseHookLists[name];
    list.push(hook);
    updatePromiseHooks();
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      const index = list.indexOf(hook);
      if (index >= 0) {
        list.splice(index, 1);
        updatePromiseHooks();
      }
    };
  };
}

const onInit = makeUseHook('init');
const onBefore = makeUseHook('before');
const onAfter = makeUseHook('after');
const onSettled = makeUseHook('settled');

function createHook({ init, before, after, settled } = {}) {
  const stops = [];
  if (init) stops.push(onInit(init));
  if (before) stops.push(onBefore(before));
  if (after) stops.push(onAfter(after));
  if (settled) stops.push(onSettled(settled));
  return () => {
    for (const stop of stops) stop();
  };
}

const promiseHooks = { createHook, onInit, onBefore, onAfter, onSettled };

// ---- startup snapshot (nodus never builds a user-land snapshot) ---------------------------------

function throwNotBuilding() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  addDeserializeCallback(callback, data) { throwNotBuilding(); },
  addSerializeCallback(callback, data) { throwNotBuilding(); },
  setDeserializeMainFunction(callback, data) { throwNotBuilding(); },
  // node answers from a flag array: 0, not false.
  isBuildingSnapshot() { return 0; },
};

// ---- GC profiler ----------------------------------------------------------------------------------

const kHeapStatisticsCamel = [
  'totalHeapSize', 'totalHeapSizeExecutable', 'totalPhysicalSize', 'totalAvailableSize',
  'totalGlobalHandlesSize', 'usedGlobalHandlesSize', 'usedHeapSize', 'heapSizeLimit',
  'mallocedMemory', 'externalMemory', 'peakMallocedMemory',
];

function gcState([heap, spaces]) {
  const heapStatistics = {};
  for (let i = 0; i < kHeapStatisticsCamel.length; i++) heapStatistics[kHeapStatisticsCamel[i]] = heap[i];
  return {
    heapStatistics,
    heapSpaceStatistics: spaces.map((s) => ({
      spaceName: s[0],
      spaceSize: s[1],
      spaceUsedSize: s[2],
      spaceAvailableSize: s[3],
      physicalSpaceSize: s[4],
    })),
  };
}

class GCProfiler {
  #profiler = null;
  #startTime = 0;

  start() {
    if (this.#profiler) return;
    this.#profiler = new binding.GCProfiler();
    this.#startTime = Date.now();
    this.#profiler.start();
  }

  stop() {
    if (!this.#profiler) return;
    const rows = this.#profiler.stop();
    this.#profiler = null;
    return {
      version: 1,
      startTime: this.#startTime,
      statistics: rows.map(([gcType, cost, before, after]) => ({
        gcType,
        cost,
        beforeGC: gcState(before),
        afterGC: gcState(after),
      })),
      endTime: Date.now(),
    };
  }
}

// Coverage is collected only under NODE_V8_COVERAGE, which nodus does not implement.
function takeCoverage() {}
function stopCoverage() {}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
  isStringOneByteRepresentation,
};
