'use strict';
// node:perf_hooks and the `performance` global: High Resolution Time, User
// Timing (mark/measure), PerformanceObserver, timerify and histograms.
//
// Times are milliseconds since process start (the uv_hrtime origin
// process.uptime() counts from). Approximations, compared with Node 22:
//  - nodeTiming's nodeStart/v8Start/environment are 0 (loopStart, loopExit,
//    idleTime and bootstrapComplete are measured);
//  - monitorEventLoopDelay() samples with an unref'd JS interval timer
//    rather than a native uv timer;
//  - only 'mark', 'measure' and 'function' entries are ever produced.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');
const {
  EventTarget,
  defineEventHandler,
  defineToStringTag: toStringTag,
  enumerableMembers: enumerable,
  inspectAs,
} = require('internal/event_target');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');
const {
  JSTransferable, kClone, registerCloneFactory,
} = require('internal/worker/js_transferable');

const { uptime, loopTiming } = internalBinding('process_methods');
const loopTimes = new Float64Array(3);
function now() {
  return uptime() * 1000;
}
const timeOrigin = Date.now() - now();
const bootstrapComplete = now();

let lazyDOMException;
function domException(message, name) {
  if (lazyDOMException === undefined) {
    lazyDOMException = require('internal/per_context/domexception').DOMException;
  }
  return new lazyDOMException(message, name);
}

function markNotSet(name) {
  return domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function invalidModification(message) {
  return domException(message, 'InvalidModificationError');
}

function cloneDetail(detail) {
  if (detail == null) return null;
  return structuredClone(detail);
}

// ---------------------------------------------------------------------------
// Entries

// Entry state lives in own symbol properties, as in Node 22 (inspect with
// customInspect: false and depth cut-offs show them).
const kName = Symbol('PerformanceEntry.Name');
const kType = Symbol('PerformanceEntry.EntryType');
const kStart = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('kDetail');

function isEntry(value) {
  return value != null && typeof value === 'object' && value[kName] !== undefined;
}

function checkEntry(value) {
  if (!isEntry(value)) throw new ERR_INVALID_THIS('PerformanceEntry');
}

class PerformanceEntry {
  constructor(skip = undefined, name = undefined, type = undefined, start = 0, duration = 0) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
  }

  get name() {
    checkEntry(this);
    return this[kName];
  }

  get entryType() {
    checkEntry(this);
    return this[kType];
  }

  get startTime() {
    checkEntry(this);
    return this[kStart];
  }

  get duration() {
    checkEntry(this);
    return this[kDuration];
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs(this.constructor.name, this.toJSON(), options);
  }

  toJSON() {
    checkEntry(this);
    return {
      name: this[kName],
      entryType: this[kType],
      startTime: this[kStart],
      duration: this[kDuration],
    };
  }
}

enumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);
toStringTag(PerformanceEntry, 'PerformanceEntry');

function detailOf(entry, className) {
  if (!isEntry(entry) || !(kDetail in entry)) throw new ERR_INVALID_THIS(className);
  return entry[kDetail];
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = cloneDetail(options?.detail);
  }

  get detail() {
    return detailOf(this, 'PerformanceMark');
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
enumerable(PerformanceMark.prototype, ['detail']);
toStringTag(PerformanceMark, 'PerformanceMark');

class PerformanceMeasure extends PerformanceEntry {
  constructor(skip = undefined, name = undefined, start = 0, duration = 0, detail = null) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, name, 'measure', start, duration);
    this[kDetail] = detail;
  }

  get detail() {
    return detailOf(this, 'PerformanceMeasure');
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
enumerable(PerformanceMeasure.prototype, ['detail']);
toStringTag(PerformanceMeasure, 'PerformanceMeasure');

// Node-specific entries ('function' from timerify): like Node 22, the call's
// arguments are also own indexed properties.
class PerformanceNodeEntry extends PerformanceEntry {
  constructor(name, type, start, duration, detail) {
    super(kSkipThrow, name, type, start, duration);
    this[kDetail] = detail;
    for (let i = 0; i < detail.length; i++) this[i] = detail[i];
  }

  get detail() {
    return this[kDetail];
  }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

class PerformanceNodeTiming {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs(this.constructor.name, this.toJSON(), options);
  }

  toJSON() {
    loopTiming(loopTimes);
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: now(),
      nodeStart: 0,
      v8Start: 0,
      bootstrapComplete,
      environment: 0,
      loopStart: loopTimes[0],
      loopExit: loopTimes[1],
      idleTime: loopTimes[0] < 0 ? 0 : loopTimes[2],
    };
  }
}

const nodeTiming = Object.create(PerformanceNodeTiming.prototype);
for (const key of ['name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start',
  'environment', 'loopStart', 'loopExit', 'bootstrapComplete', 'idleTime', 'uvMetricsInfo']) {
  Object.defineProperty(nodeTiming, key, {
    get() {
      if (key === 'uvMetricsInfo') return { loopCount: 0, events: 0, eventsWaiting: 0 };
      return PerformanceNodeTiming.prototype.toJSON.call(this)[key];
    },
    enumerable: true,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------
// The timeline buffer and observers

const marks = [];
const measures = [];
const markTimes = new Map();

const supportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

const observers = new Set();
const pendingObservers = new Set();
let dispatchScheduled = false;

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

function filterEntries(list, name, type) {
  const result = [];
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (name !== undefined && entry.name !== name) continue;
    if (type !== undefined && entry.entryType !== type) continue;
    result.push(entry);
  }
  return result.sort(byStartTime);
}

function bufferedEntries(name, type) {
  let list;
  if (type === 'mark') list = marks;
  else if (type === 'measure') list = measures;
  else if (type === undefined) list = [...marks, ...measures];
  else list = [];
  return filterEntries(list, name, type);
}

function enqueue(entry) {
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

function scheduleDispatch(observer) {
  pendingObservers.add(observer);
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    const list = Array.from(pendingObservers);
    pendingObservers.clear();
    for (const pending of list) pending[kDispatch]();
  });
}

const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');

class PerformanceObserverEntryList {
  #entries;

  constructor(skip = undefined, entries = []) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.slice().sort(byStartTime);
  }

  getEntries() {
    this.#check();
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    this.#check();
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this.#entries, undefined, `${type}`);
  }

  getEntriesByName(name, type = undefined) {
    this.#check();
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this.#entries, `${name}`, type === undefined ? undefined : `${type}`);
  }

  #check() {
    if (!(#entries in this)) throw new ERR_INVALID_THIS('PerformanceObserverEntryList');
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs(this.constructor.name, this.#entries, options);
  }
}
enumerable(PerformanceObserverEntryList.prototype,
           ['getEntries', 'getEntriesByType', 'getEntriesByName']);
toStringTag(PerformanceObserverEntryList, 'PerformanceObserverEntryList');

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type = undefined;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    // Like Node 22, the options' own properties are copied first.
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    // The first call fixes the mode: one type per call, or a list of types.
    const multiple = entryTypes !== undefined;
    if (this.#type === undefined) {
      this.#type = multiple ? 'multiple' : 'single';
    } else if (this.#type === 'single' && multiple) {
      throw invalidModification('PerformanceObserver can not change to multiple observations');
    } else if (this.#type === 'multiple' && !multiple) {
      throw invalidModification('PerformanceObserver can not change to single observation');
    }
    if (multiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#entryTypes.clear();
      for (const t of entryTypes) {
        if (supportedEntryTypes.includes(t)) this.#entryTypes.add(t);
      }
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        const entries = bufferedEntries(undefined, type);
        if (entries.length > 0) {
          this.#buffer.push(...entries);
          scheduleDispatch(this);
        }
      }
    }
    if (this.#entryTypes.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pendingObservers.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    scheduleDispatch(this);
  }

  [kDispatch]() {
    const entries = this.takeRecords();
    if (entries.length === 0) return;
    const list = new PerformanceObserverEntryList(kSkipThrow, entries);
    Reflect.apply(this.#callback, this, [list, this]);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs(this.constructor.name, {
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, options);
  }
}
enumerable(PerformanceObserver.prototype, ['observe', 'disconnect', 'takeRecords']);
toStringTag(PerformanceObserver, 'PerformanceObserver');

// ---------------------------------------------------------------------------
// User Timing

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  marks.push(entry);
  markTimes.set(entry.name, entry.startTime);
  enqueue(entry);
  return entry;
}

const milestones = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart',
  'loopExit'];

// A mark name or timestamp as a time; nodeTiming milestones count as marks.
function resolveMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (milestones.includes(name)) return nodeTiming[name];
  const time = markTimes.get(name);
  if (time === undefined) throw markNotSet(name);
  return time;
}

function measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  // Like Node 22, a start that is neither a mark name nor an options object
  // is ignored (the measure starts at the time origin).
  if (typeof startOrMeasureOptions !== 'string' &&
      (typeof startOrMeasureOptions !== 'object' || startOrMeasureOptions === null)) {
    startOrMeasureOptions = undefined;
  }
  let start;
  let end;
  let duration;
  let detail = null;
  const optionsMode = startOrMeasureOptions !== null &&
    typeof startOrMeasureOptions === 'object';
  if (optionsMode) {
    ({ start, end, duration, detail } = startOrMeasureOptions);
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) {
    endTime = resolveMark(endMark);
  } else if (optionsMode && end !== undefined) {
    endTime = resolveMark(end);
  } else if (optionsMode && start !== undefined && duration !== undefined) {
    endTime = resolveMark(start) + resolveMark(duration);
  } else {
    endTime = now();
  }

  let startTime;
  if (optionsMode && start !== undefined) {
    startTime = resolveMark(start);
  } else if (optionsMode && duration !== undefined && end !== undefined) {
    startTime = endTime - resolveMark(duration);
  } else if (!optionsMode && startOrMeasureOptions !== undefined) {
    startTime = resolveMark(startOrMeasureOptions);
  } else {
    startTime = 0;
  }

  const entry = new PerformanceMeasure(kSkipThrow, name, startTime, endTime - startTime,
                                       cloneDetail(detail));
  measures.push(entry);
  enqueue(entry);
  return entry;
}

function clearEntries(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  name = `${name}`;
  let j = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i].name !== name) list[j++] = list[i];
  }
  list.length = j;
}

function clearMarks(name = undefined) {
  clearEntries(marks, name);
  if (name === undefined) markTimes.clear();
  else markTimes.delete(`${name}`);
}

function clearMeasures(name = undefined) {
  clearEntries(measures, name);
}

// ---------------------------------------------------------------------------
// timerify

const timerified = new WeakMap();

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  if (timerified.has(fn)) return timerified.get(fn);
  function timed(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      const duration = now() - start;
      if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
      enqueue(new PerformanceNodeEntry(fn.name, 'function', start, duration, args));
    };
    if (!new.target && result !== null && typeof result === 'object' &&
        typeof result.finally === 'function') {
      return result.finally(finish);
    }
    finish();
    return result;
  }
  Object.defineProperties(timed, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  timerified.set(fn, timed);
  return timed;
}

// ---------------------------------------------------------------------------
// Histograms (HdrHistogram semantics: values bucketed to `figures`
// significant decimal digits; min/max/percentiles report bucket bounds).

const kInt64Max = 9223372036854775807n;

function checkHistogram(value) {
  if (!isHistogram(value)) throw new ERR_INVALID_THIS('Histogram');
}
// Node 22's event-loop-delay histograms report their percentiles in a Map
// subclass named SafeMap (visible in util.inspect output).
class SafeMap extends Map {}
const intervalHistograms = new WeakSet();
const kRecord = Symbol('kRecord');
const kRecordableField = Symbol('kRecordable');
const kMapField = Symbol('kMap');
const kHandleField = Symbol('kHandle');
const kEnabledField = Symbol('kEnabled');
const kAdd = Symbol('kAdd');

function bitLength(v) {
  // floor(log2(v)) + 1 for a positive safe integer.
  return v.toString(2).length;
}

const kRestore = Symbol('kRestore');

class Histogram extends JSTransferable {
  #args;
  #counts = new Map();
  #total = 0;
  #min = Infinity;
  #max = 0;
  #exceeds = 0;
  #highest;
  #unitMagnitude;
  #subBucketHalfCountMagnitude;
  #subBucketCount;

  constructor(skip = undefined, lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this.#args = [lowest, highest, figures];
    this.#unitMagnitude = bitLength(lowest) - 1;
    const largestSingleUnitResolution = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log2(largestSingleUnitResolution));
    this.#subBucketHalfCountMagnitude = subBucketCountMagnitude - 1;
    this.#subBucketCount = 2 ** subBucketCountMagnitude;
    this.#highest = highest;
  }

  // A clone carries the recorded values (a RecordableHistogram stays one; others become plain
  // histograms, as in node).
  [kClone]() {
    return {
      data: {
        recordable: this instanceof RecordableHistogram,
        args: this.#args,
        counts: [...this.#counts],
        total: this.#total,
        min: this.#min,
        max: this.#max,
        exceeds: this.#exceeds,
      },
      deserializeInfo: 'perf_hooks:Histogram',
    };
  }

  [kRestore](state) {
    this.#counts = new Map(state.counts);
    this.#total = state.total;
    this.#min = state.min;
    this.#max = state.max;
    this.#exceeds = state.exceeds;
  }

  static isHistogram(value) {
    return value !== null && typeof value === 'object' && #counts in value;
  }

  // [lowest equivalent value, bucket size] of the bucket of `v`.
  #bucket(v) {
    const mask = (this.#subBucketCount - 1) * 2 ** this.#unitMagnitude;
    const pow2ceiling = bitLength(v > mask ? v : mask);
    let bucketIndex = pow2ceiling - this.#unitMagnitude - (this.#subBucketHalfCountMagnitude + 1);
    if (bucketIndex < 0) bucketIndex = 0;
    const shift = bucketIndex + this.#unitMagnitude;
    const subBucketIndex = Math.floor(v / 2 ** shift);
    const lowest = subBucketIndex * 2 ** shift;
    const adjusted = subBucketIndex >= this.#subBucketCount ? bucketIndex + 1 : bucketIndex;
    return [lowest, 2 ** (adjusted + this.#unitMagnitude)];
  }

  #sortedBuckets() {
    return Array.from(this.#counts).sort((a, b) => a[0] - b[0]);
  }

  // Values above `highest` are not recorded (they count as `exceeds`); values
  // below `lowest` land in the first bucket.
  [kRecord](value, count = 1) {
    if (value < 0 || value > this.#highest) {
      this.#exceeds += count;
      return;
    }
    const [lowest] = this.#bucket(value);
    this.#counts.set(lowest, (this.#counts.get(lowest) ?? 0) + count);
    this.#total += count;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
  }

  [kAdd](other) {
    for (const [value, count] of other.#counts) this[kRecord](value, count);
    this.#exceeds += other.#exceeds;
  }

  get count() {
    checkHistogram(this);
    return this.#total;
  }

  get countBigInt() {
    checkHistogram(this);
    return BigInt(this.#total);
  }

  get min() {
    checkHistogram(this);
    if (this.#total === 0) return Number(kInt64Max);
    return this.#bucket(this.#min)[0];
  }

  get minBigInt() {
    checkHistogram(this);
    if (this.#total === 0) return kInt64Max;
    return BigInt(this.min);
  }

  get max() {
    checkHistogram(this);
    if (this.#total === 0) return 0;
    const [lowest, size] = this.#bucket(this.#max);
    return lowest + size - 1;
  }

  get maxBigInt() {
    checkHistogram(this);
    return BigInt(this.max);
  }

  get mean() {
    checkHistogram(this);
    if (this.#total === 0) return NaN;
    // An exact (int64 in HdrHistogram) sum, converted once.
    let sum = 0n;
    for (const [value, count] of this.#counts) {
      const [lowest, size] = this.#bucket(value);
      sum += BigInt(count) * BigInt(lowest + Math.floor(size / 2));
    }
    return Number(sum) / this.#total;
  }

  get exceeds() {
    checkHistogram(this);
    return this.#exceeds;
  }

  get exceedsBigInt() {
    checkHistogram(this);
    return BigInt(this.#exceeds);
  }

  get stddev() {
    checkHistogram(this);
    if (this.#total === 0) return NaN;
    const mean = this.mean;
    let sum = 0;
    for (const [value, count] of this.#sortedBuckets()) {
      const [lowest, size] = this.#bucket(value);
      const dev = lowest + Math.floor(size / 2) - mean;
      sum += dev * dev * count;
    }
    return Math.sqrt(sum / this.#total);
  }

  percentile(percentile) {
    checkHistogram(this);
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    if (this.#total === 0) return 0;
    const target = Math.max(Math.trunc((percentile / 100) * this.#total + 0.5), 1);
    let seen = 0;
    for (const [value, count] of this.#sortedBuckets()) {
      seen += count;
      if (seen >= target) {
        const [lowest, size] = this.#bucket(value);
        return lowest + size - 1;
      }
    }
    return 0;
  }

  percentileBigInt(percentile) {
    checkHistogram(this);
    return BigInt(this.percentile(percentile));
  }

  // HdrHistogram's percentile iteration with one tick per half distance.
  get percentiles() {
    checkHistogram(this);
    const map = intervalHistograms.has(this) ? new SafeMap() : new Map();
    const buckets = this.#sortedBuckets();
    const total = this.#total;
    if (total === 0) {
      map.set(100, 0);
      return map;
    }
    let toIterate = 0;
    let cumulative = 0;
    let i = 0;
    cumulative += buckets[0][1];
    for (;;) {
      const current = 100 * cumulative / total;
      if (toIterate <= current) {
        map.set(toIterate, buckets[i][0]);
        const halfDistance = 2 ** (Math.trunc(Math.log(100 / (100 - toIterate)) / Math.log(2)) + 1);
        toIterate += 100 / halfDistance;
        if (cumulative >= total) break;
        continue;
      }
      i++;
      if (i >= buckets.length) break;
      cumulative += buckets[i][1];
    }
    map.set(100, buckets[buckets.length - 1][0]);
    return map;
  }

  get percentilesBigInt() {
    checkHistogram(this);
    const map = new Map();
    for (const [key, value] of this.percentiles) map.set(key, BigInt(value));
    return map;
  }

  reset() {
    checkHistogram(this);
    this.#counts.clear();
    this.#total = 0;
    this.#min = Infinity;
    this.#max = 0;
    this.#exceeds = 0;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs('Histogram', {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, options);
  }

  toJSON() {
    checkHistogram(this);
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

const isHistogram = Histogram.isHistogram;
delete Histogram.isHistogram;

class RecordableHistogram extends Histogram {
  #prev = 0n;

  constructor(skip = undefined, lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, lowest, highest, figures);
    // Node 22's own symbol-keyed fields, for the same inspect() output when
    // out of depth (`[RecordableHistogram]`); the state is in private fields.
    this[kRecordableField] = true;
    this[kMapField] = undefined;
    this[kHandleField] = undefined;
  }

  record(val) {
    if (!(#prev in this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val === 'bigint') {
      if (val < 1n || val > kInt64Max) {
        const err = new RangeError('value is out of range');
        err.code = 'ERR_OUT_OF_RANGE';
        throw err;
      }
      this[kRecord](Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    this[kRecord](val);
  }

  recordDelta() {
    if (!(#prev in this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    const time = process.hrtime.bigint();
    if (this.#prev !== 0n) {
      const delta = Number(time - this.#prev);
      this[kRecord](delta < 1 ? 1 : delta);
    }
    this.#prev = time;
  }

  add(other) {
    if (!(#prev in this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    this[kAdd](other);
  }
}

class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;
  #last = 0n;

  constructor(skip = undefined, resolution = 10) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, 1, Number.MAX_SAFE_INTEGER, 3);
    this.#resolution = resolution;
    intervalHistograms.add(this);
    this[kEnabledField] = false;
    this[kHandleField] = undefined;
    this[kMapField] = undefined;
  }

  enable() {
    if (this.#timer !== null) return false;
    this.#last = process.hrtime.bigint();
    this.#timer = setInterval(() => {
      const time = process.hrtime.bigint();
      const delta = Number(time - this.#last);
      this.#last = time;
      this[kRecord](delta < 1 ? 1 : delta);
    }, this.#resolution);
    this.#timer.unref?.();
    this[kEnabledField] = true;
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    this[kEnabledField] = false;
    return true;
  }
}

registerCloneFactory('Histogram', (state) => {
  const Cls = state.recordable ? RecordableHistogram : Histogram;
  const h = new Cls(kSkipThrow, ...state.args);
  h[kRestore](state);
  return h;
});

for (const cls of [Histogram, RecordableHistogram, IntervalHistogram]) {
  const names = Object.getOwnPropertyNames(cls.prototype).filter((n) => n !== 'constructor');
  enumerable(cls.prototype, names);
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const low = typeof lowest === 'bigint' ? Number(lowest) : lowest;
  const high = typeof highest === 'bigint' ? Number(highest) : highest;
  validateInteger(low, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  validateInteger(high, 'options.highest', 2 * low, Number.MAX_SAFE_INTEGER);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kSkipThrow, low, high, figures);
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kSkipThrow, resolution);
}

// ---------------------------------------------------------------------------
// Performance

// Node's definition: idle is the time the loop spent waiting in poll since it started, active
// the rest; with one argument the difference from that reading, with two the difference of both.
function eventLoopUtilization(util1, util2) {
  loopTiming(loopTimes);
  const loopStart = loopTimes[0];
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = loopTimes[2];
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function checkPerformance(value) {
  if (!(value instanceof Performance)) throw new ERR_INVALID_THIS('Performance');
}

class Performance extends EventTarget {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    clearMarks(name);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    clearMeasures(name);
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
  }

  getEntries() {
    checkPerformance(this);
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) return bufferedEntries(name, `${type}`);
    return bufferedEntries(name, undefined);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return bufferedEntries(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkPerformance(this);
    return Reflect.apply(measure, undefined, arguments);
  }

  now() {
    checkPerformance(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
  }

  get timeOrigin() {
    checkPerformance(this);
    return timeOrigin;
  }

  toJSON() {
    checkPerformance(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs('Performance', this.toJSON(), options);
  }
}

const performance = Reflect.construct(Performance, [kSkipThrow]);
Object.defineProperties(Performance.prototype, {
  eventLoopUtilization: {
    value: eventLoopUtilization, writable: true, enumerable: false, configurable: true,
  },
  nodeTiming: { value: nodeTiming, writable: true, enumerable: false, configurable: true },
  markResourceTiming: {
    // Resource timing entries are not recorded: fetch() does not report them.
    value: function markResourceTiming(timingInfo, requestedUrl, initiatorType, global,
                                       cacheMode, bodyInfo, responseStatus) {},
    writable: true, enumerable: false, configurable: true,
  },
  timerify: { value: timerify, writable: true, enumerable: false, configurable: true },
});
enumerable(Performance.prototype, [
  'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin',
  'toJSON',
]);
toStringTag(Performance, 'Performance');
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
