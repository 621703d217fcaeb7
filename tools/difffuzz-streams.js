// Differential fuzzing of node:stream against node 22: each case builds a Readable, Writable,
// Transform or a pipeline with random options, drives it with a random script of pushes, reads,
// writes, pauses, corks, ends and destroys, some run now and some on a later nextTick, microtask
// or setImmediate, and prints every event the streams emitted, in order, with their state at the
// end. Cases run one after another (each waits for its streams to settle).
//   usage: <runtime> tools/difffuzz-streams.js SEED COUNT [kind]   (see tools/difffuzz.sh); DFZ_DEBUG=1
//   prints each deferred step to stderr, DFZ_FROM=k starts at case k.
// kinds: readable, writable, transform, pipe, pipeline, duplex, operators, iterate, finished; opflow
// (operator chains with options, throwing fns and early stops) runs only when named.
// Known differences left (opflow, about 1 case in 300, both compose(fn, { signal }) aborted):
// when the source also fails, node's stream fails with the source's error, nodus's with the
// AbortError; and node reports an uncaught AbortError from the composed stream's last inner
// stream when it is destroyed after its pipeline finished (nodus keeps an error listener there).
'use strict';
const { N, only, rnd, ri, pick, reseed } = require('./difffuzz-lib')(300);
const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, Duplex } = stream;

const kinds = ['readable', 'writable', 'transform', 'pipe', 'pipeline', 'duplex', 'operators', 'iterate', 'finished'];
const show = (v) => {
  if (v === undefined) return 'u';
  if (v === null) return 'null';
  if (Buffer.isBuffer(v)) return `B(${v.toString('latin1')})`;
  if (v instanceof Error) return `E(${v.code ?? ''}:${v.message})`;
  if (typeof v === 'object') return `O(${JSON.stringify(v)})`;
  return JSON.stringify(v);
};
const later = (f) => {
  const how = ri(4);
  if (process.env.DFZ_DEBUG) f = ((g, h) => () => { console.error('  run', h, String(g).slice(0, 60).replace(/\s+/g, ' ')); g(); })(f, how);
  switch (how) {
    case 0: f(); break;
    case 1: process.nextTick(f); break;
    case 2: queueMicrotask(f); break;
    default: setImmediate(f); break;
  }
};
const opts = (readable, writable) => {
  const o = {};
  if (rnd() < 0.3) o.objectMode = true;
  if (rnd() < 0.4) o.highWaterMark = pick([0, 1, 2, 5, 16]);
  if (readable && !o.objectMode && rnd() < 0.2) o.encoding = pick(['utf8', 'latin1', 'hex']);
  if (writable && rnd() < 0.2) o.decodeStrings = false;
  if (writable && rnd() < 0.1) o.defaultEncoding = 'latin1';
  if (rnd() < 0.15) o.emitClose = false;
  if (rnd() < 0.15) o.autoDestroy = false;
  if (readable && writable && rnd() < 0.3) o.allowHalfOpen = false;
  return o;
};
const chunk = (objectMode) => (objectMode && rnd() < 0.5 ? pick([{ n: ri(9) }, 0, '', 'x']) : pick(['a', 'bc', 'def', '', Buffer.from('xy')]));

function watch(s, name, log) {
  for (const ev of ['data', 'end', 'finish', 'close', 'error', 'readable', 'drain', 'pause', 'resume', 'prefinish', 'pipe', 'unpipe']) {
    s.on(ev, (a) => {
      let extra = '';
      if (ev === 'data' || ev === 'error') extra = show(a);
      if (ev === 'readable') {
        // read what is there, sometimes
        if (rnd() < 0.6) {
          const n = pick([undefined, 0, 1, 3]);
          let r;
          try { r = s.read(n); } catch (e) { r = e; }
          extra = `read(${n})=${show(r)}`;
        }
      }
      if (ev === 'pipe' || ev === 'unpipe') extra = a && a.__name;
      log.push(`${name}:${ev}${extra ? ` ${extra}` : ''}`);
    });
  }
}

function state(s) {
  const f = (k) => { try { const v = s[k]; return v === undefined ? '' : String(+v === v ? v : v ? 1 : 0); } catch (e) { return 'T'; } };
  return ['destroyed', 'readableEnded', 'readableFlowing', 'readableLength', 'writableEnded', 'writableFinished', 'writableLength', 'writableNeedDrain', 'closed', 'errored']
    .map((k) => (k in s ? `${k[0]}${k.slice(-3)}=${k === 'errored' ? show(s.errored) : f(k)}` : '')).filter(Boolean).join(',');
}

function makeReadable(log, name, mode) {
  const o = opts(true, false);
  if (process.env.DFZ_DEBUG) log.push(`${name}:opts ${JSON.stringify(o)}`);
  const script = [];
  const r = new Readable({
    ...o,
    read(n) {
      log.push(`${name}:_read`);
      const step = script.shift();
      if (step) later(step);
    },
  });
  r.__name = name;
  for (let k = ri(5); k > 0; k--) script.push(() => { try { log.push(`${name}:push=${r.push(chunk(o.objectMode))}`); } catch (e) { log.push(`${name}:push! ${show(e)}`); } });
  script.push(() => { try { r.push(null); } catch (e) { log.push(`${name}:pushnull! ${show(e)}`); } });
  if (rnd() < 0.15) script.splice(ri(script.length), 0, () => r.destroy(rnd() < 0.5 ? new Error('rd') : undefined));
  watch(r, name, log);
  if (mode !== 'source' && rnd() < 0.3) later(() => { try { log.push(`${name}:read=${show(r.read(pick([undefined, 0, 1])))}`); } catch (e) { log.push(`${name}:read! ${show(e)}`); } });
  if (rnd() < 0.2) later(() => { r.pause(); later(() => r.resume()); });
  return r;
}

function makeWritable(log, name) {
  const o = opts(false, true);
  const errAt = rnd() < 0.15 ? ri(4) : -1;
  if (process.env.DFZ_DEBUG) log.push(`${name}:opts ${JSON.stringify(o)} errAt=${errAt}`);
  let n = 0;
  const w = new Writable({
    ...o,
    write(c, enc, cb) {
      const i = n++;
      log.push(`${name}:_write ${show(c)} ${enc}`);
      const err = i === errAt ? new Error('wr') : null;
      if (rnd() < 0.4) cb(err); else later(() => cb(err));
    },
    ...(rnd() < 0.3 ? { writev(chunks, cb) { log.push(`${name}:_writev ${chunks.length}`); later(() => cb()); } } : {}),
    ...(rnd() < 0.3 ? { final(cb) { log.push(`${name}:_final`); later(() => cb(rnd() < 0.1 ? new Error('fin') : null)); } } : {}),
  });
  w.__name = name;
  watch(w, name, log);
  return w;
}

function driveWritable(w, log, name, objectMode) {
  for (let k = ri(5); k > 0; k--) {
    later(() => {
      const c = chunk(objectMode);
      try { log.push(`${name}:write=${w.write(c, (e) => log.push(`${name}:wcb ${show(e)}`))}`); } catch (e) { log.push(`${name}:write! ${show(e)}`); }
    });
  }
  if (rnd() < 0.2) later(() => { w.cork(); later(() => w.uncork()); });
  if (rnd() < 0.1) later(() => w.destroy(rnd() < 0.5 ? new Error('wd') : undefined));
  if (rnd() < 0.85) {
    later(() => later(() => {
      try { w.end(rnd() < 0.3 ? chunk(objectMode) : undefined, () => log.push(`${name}:endcb`)); } catch (e) { log.push(`${name}:end! ${show(e)}`); }
    }));
  }
}

function makeTransform(log, name) {
  const o = opts(true, true);
  if (process.env.DFZ_DEBUG) log.push(`${name}:opts ${JSON.stringify(o)}`);
  const t = new Transform({
    ...o,
    transform(c, enc, cb) {
      log.push(`${name}:_transform ${show(c)}`);
      const out = rnd() < 0.5 ? c : undefined;
      if (rnd() < 0.1) return cb(new Error('tr'));
      if (rnd() < 0.5) cb(null, out); else later(() => cb(null, out));
    },
    ...(rnd() < 0.3 ? { flush(cb) { log.push(`${name}:_flush`); later(() => cb(null, rnd() < 0.5 ? 'F' : undefined)); } } : {}),
  });
  t.__name = name;
  watch(t, name, log);
  return t;
}

function makeDuplex(log, name) {
  const o = opts(true, true);
  const d = new Duplex({
    ...o,
    read() { log.push(`${name}:_read`); },
    write(c, enc, cb) { log.push(`${name}:_write ${show(c)}`); later(() => cb()); },
  });
  d.__name = name;
  watch(d, name, log);
  later(() => { try { d.push(chunk(o.objectMode)); } catch (e) { log.push(`${name}:push! ${show(e)}`); } });
  later(() => { try { d.push(null); } catch (e) { log.push(`${name}:pushnull! ${show(e)}`); } });
  return d;
}

// An error thrown where no one catches it (a callback's) goes to the case's log.
let currentLog = [];
process.on('uncaughtException', (e) => currentLog.push(`UNCAUGHT ${show(e)}`));

async function runCase(c, kind) {
  const log = [];
  currentLog = log;
  const streams = [];
  switch (kind) {
    case 'readable': {
      const r = makeReadable(log, 'r');
      streams.push(r);
      if (rnd() < 0.5) r.on('data', () => {});
      if (rnd() < 0.3) r.setEncoding('utf8');
      break;
    }
    case 'writable': {
      const w = makeWritable(log, 'w');
      streams.push(w);
      driveWritable(w, log, 'w', w.writableObjectMode);
      break;
    }
    case 'transform': {
      const t = makeTransform(log, 't');
      streams.push(t);
      if (rnd() < 0.6) t.on('data', () => {});
      driveWritable(t, log, 't', t.writableObjectMode);
      break;
    }
    case 'duplex': {
      const d = makeDuplex(log, 'd');
      streams.push(d);
      if (rnd() < 0.6) d.resume();
      driveWritable(d, log, 'd', d.writableObjectMode);
      break;
    }
    case 'pipe': {
      const r = makeReadable(log, 'r', 'source');
      const w = rnd() < 0.5 ? makeWritable(log, 'w') : makeTransform(log, 'w');
      streams.push(r, w);
      const res = r.pipe(w, rnd() < 0.2 ? { end: false } : undefined);
      log.push(`pipe=${res === w}`);
      if (w instanceof Transform) w.resume();
      if (rnd() < 0.15) later(() => r.unpipe(rnd() < 0.5 ? w : undefined));
      break;
    }
    case 'pipeline': {
      const parts = [makeReadable(log, 'r', 'source')];
      for (let k = ri(3); k > 0; k--) parts.push(rnd() < 0.8 ? makeTransform(log, `t${k}`) : new PassThrough());
      parts.push(makeWritable(log, 'w'));
      streams.push(...parts);
      await new Promise((resolve) => {
        stream.pipeline(...parts, (err) => { log.push(`pipeline cb ${show(err)}`); resolve(); });
        setTimeout(resolve, 200);
      });
      break;
    }
    case 'operators': {
      const src = pick([[1, 2, 3, 4], ['a', 'b'], [], [0, null, 5].slice(0, 2)]);
      const waits = src.map(() => rnd() < 0.3);  // drawn now: how far a stream is read must not change the draws
      const from = rnd() < 0.5 ? Readable.from(src) : Readable.from((async function* () { for (const [i, x] of src.entries()) { yield x; if (waits[i]) await null; } })());
      streams.push(from);
      let r = from;
      const steps = [];
      for (let k = ri(3) + 1; k > 0; k--) {
        const op = pick(['map', 'filter', 'take', 'drop', 'flatMap', 'asyncMap']);
        steps.push(op);
        const n = ri(3);
        try {
          if (op === 'map') r = r.map((x) => `${x}!`, rnd() < 0.3 ? { concurrency: 2 } : undefined);
          else if (op === 'asyncMap') r = r.map(async (x) => { await null; return x; });
          else if (op === 'filter') r = r.filter((x) => String(x).length % 2 === 1);
          else if (op === 'take') r = r.take(n);
          else if (op === 'drop') r = r.drop(n);
          else r = r.flatMap((x) => [x, x]);
        } catch (e) { log.push(`${op}! ${show(e)}`); }
      }
      const end = pick(['toArray', 'reduce', 'some', 'every', 'find', 'forEach']);
      try {
        let v;
        if (end === 'toArray') v = await r.toArray();
        else if (end === 'reduce') v = await r.reduce((a, x) => `${a}${x}`, '');
        else if (end === 'some') v = await r.some((x) => String(x).includes('2'));
        else if (end === 'every') v = await r.every((x) => x !== 'zz');
        else if (end === 'find') v = await r.find((x) => String(x).length > 1);
        else { const seen = []; await r.forEach((x) => { seen.push(x); }); v = seen; }
        log.push(`${steps.join('.')}.${end}=${show(v)}`);
      } catch (e) { log.push(`${steps.join('.')}.${end}! ${show(e)}`); }
      break;
    }
    case 'opflow': {
      // Operator chains with options (concurrency, highWaterMark, a signal aborted later), fns
      // that are async for some turns or throw, and a consumer that may stop early: logs the
      // source's pulls, each fn call and what the consumer sees. Everything is drawn up front.
      const n = ri(7);
      const srcKind = pick(['readable', 'gen', 'array', 'failing', 'bytes']);
      const failAt = ri(4);
      const srcHwm = pick([0, 1, 2, 4]);
      const ac = new AbortController();
      const abortAfter = rnd() < 0.25 ? ri(5) : -1;
      const ops = [];
      for (let k = ri(3) + 1; k > 0; k--) {
        const o = {};
        if (rnd() < 0.4) o.concurrency = 1 + ri(3);
        if (rnd() < 0.3) o.highWaterMark = ri(4);
        if (rnd() < 0.3) o.signal = ac.signal;
        ops.push({ op: pick(['map', 'map', 'filter', 'flatMap', 'take', 'drop', 'compose']), o, isAsync: rnd() < 0.5, throwAt: rnd() < 0.2 ? ri(5) : -1,
                   waits: [ri(3), ri(3), ri(3), ri(3)], count: ri(4), flat: pick(['array', 'gen', 'stream']) });
      }
      const end = pick(['toArray', 'reduce', 'some', 'every', 'find', 'forEach', 'iter', 'iterKeep', 'data', 'read', 'none']);
      const endOpts = rnd() < 0.4 ? { concurrency: 1 + ri(3) } : undefined;
      const stopAt = ri(4);
      const target = ri(5);
      log.push(`${srcKind}(${n},${srcHwm}) ${ops.map((x) => `${x.op}${JSON.stringify({ ...x.o, signal: x.o.signal ? 1 : undefined })}${x.isAsync ? 'a' : ''}${x.throwAt >= 0 ? `t${x.throwAt}` : ''}`).join('.')} ${end} abort=${abortAfter}`);
      let from;
      if (srcKind === 'readable' || srcKind === 'failing') {
        let i = 0;
        from = new Readable({ objectMode: true, highWaterMark: srcHwm, read() {
          log.push(`s:_read ${i}`);
          if (srcKind === 'failing' && i === failAt) this.destroy(new Error('src'));
          else this.push(i < n ? i++ : null);
        } });
      } else if (srcKind === 'bytes') {
        let i = 0;
        from = new Readable({ highWaterMark: srcHwm, read() { log.push(`s:_read ${i}`); this.push(i < n ? `${i++}x` : null); } });
      } else {
        const items = Array.from({ length: n }, (_, i) => i);
        from = Readable.from(srcKind === 'array' ? items : (async function* () {
          try { for (const x of items) { log.push(`g:yield ${x}`); yield x; } } finally { log.push('g:finally'); }
        })(), { highWaterMark: srcHwm });
      }
      from.__name = 's';
      for (const ev of ['close', 'error', 'end']) from.on(ev, (e) => log.push(`s:${ev}${ev === 'error' ? ` ${show(e)}` : ''}`));
      streams.push(from);
      const wait = async (k) => { for (; k > 0; k--) await (k % 2 ? null : new Promise((r) => setImmediate(r))); };
      let r = from;
      ops.forEach((x, idx) => {
        let calls = 0;
        const fn = (v, opt) => {
          const call = calls++;
          log.push(`f${idx}(${show(v)})${opt && opt.signal && opt.signal.aborted ? ' aborted' : ''}`);
          const result = x.op === 'filter' ? Number(v) % 2 === 0 : x.op === 'flatMap' ?
            (x.flat === 'array' ? [v, v] : x.flat === 'stream' ? Readable.from([v, `${v}b`]) : (async function* () { yield v; await null; yield `${v}g`; })()) :
            (typeof v === 'number' ? v + 10 : `${v}m`);
          if (!x.isAsync) {
            if (call === x.throwAt) throw new Error(`f${idx}`);
            return result;
          }
          return (async () => {
            await wait(x.waits[call % 4]);
            log.push(`f${idx}(${show(v)}) done`);
            if (call === x.throwAt) throw new Error(`f${idx}`);
            return result;
          })();
        };
        try {
          if (x.op === 'take' || x.op === 'drop') r = r[x.op](x.count, x.o.signal ? { signal: x.o.signal } : undefined);
          else if (x.op === 'compose') {
            r = r.compose(async function* (it) { for await (const v of it) { log.push(`c${idx}(${show(v)})`); if (x.count !== 3) yield v; } }, x.o.signal ? { signal: x.o.signal } : undefined);
          }
          else r = r[x.op](fn, x.o);
        } catch (e) { log.push(`${x.op}! ${show(e)}`); }
      });
      if (r !== from) {
        for (const ev of ['close', 'error', 'end']) r.on(ev, (e) => log.push(`r:${ev}${ev === 'error' ? ` ${show(e)}` : ''}`));
        streams.push(r);
      }
      if (abortAfter >= 0) (async () => { await wait(abortAfter); log.push('abort'); ac.abort(); })();
      const consume = async () => {
        try {
          let v;
          if (end === 'toArray') v = await r.toArray();
          else if (end === 'reduce') v = await r.reduce((a, x) => `${a}${x}`, '');
          else if (end === 'some') v = await r.some((x) => x === target + 10, endOpts);
          else if (end === 'every') v = await r.every((x) => x !== target + 10, endOpts);
          else if (end === 'find') v = await r.find((x) => x === target, endOpts);
          else if (end === 'forEach') { const seen = []; await r.forEach(async (x) => { seen.push(x); await null; }, endOpts); v = seen; }
          else if (end === 'iter') { v = []; for await (const x of r) { v.push(x); if (v.length > stopAt) break; } }
          else if (end === 'iterKeep') { v = []; for await (const x of r.iterator({ destroyOnReturn: false })) { v.push(x); if (v.length > stopAt) break; } }
          else if (end === 'data') {
            v = await new Promise((resolve) => {
              const seen = [];
              r.on('data', (x) => { seen.push(x); if (seen.length > stopAt) { r.destroy(); resolve(seen); } });
              r.on('close', () => resolve(seen));
            });
          } else if (end === 'read') {
            v = await new Promise((resolve) => {
              r.on('readable', () => { const x = r.read(); log.push(`read ${show(x)}`); if (x === null && r.readableEnded) resolve('ended'); });
              r.on('close', () => resolve('closed'));
            });
          } else { await wait(4); v = 'idle'; }
          log.push(`=${show(v)}`);
        } catch (e) { log.push(`! ${show(e)}`); }
      };
      let timer;
      await Promise.race([consume(), new Promise((resolve) => { timer = setTimeout(() => { log.push('waiting'); resolve(); }, 100); })]);
      clearTimeout(timer);
      break;
    }
    case 'iterate': {
      const r = makeReadable(log, 'r', 'source');
      streams.push(r);
      const stopAt = rnd() < 0.3 ? ri(3) : -1;
      const iterate = async () => {
        try {
          let k = 0;
          for await (const x of r) {
            log.push(`it ${show(x)}`);
            if (k++ === stopAt) { log.push('break'); break; }
          }
          log.push('it done');
        } catch (e) { log.push(`it! ${show(e)}`); }
      };
      // A stream that never ends leaves the loop waiting: note it and go on.
      let timer;
      await Promise.race([iterate(), new Promise((resolve) => { timer = setTimeout(() => { log.push('it waiting'); resolve(); }, 100); })]);
      clearTimeout(timer);
      break;
    }
    case 'finished': {
      const s2 = rnd() < 0.5 ? makeReadable(log, 'r') : makeWritable(log, 'w');
      streams.push(s2);
      stream.finished(s2, rnd() < 0.3 ? { readable: false } : {}, (err) => log.push(`finished ${show(err)}`));
      if (s2 instanceof Readable) { if (rnd() < 0.6) s2.resume(); } else driveWritable(s2, log, 'w', s2.writableObjectMode);
      if (rnd() < 0.2) later(() => s2.destroy());
      break;
    }
  }
  // settle: a few rounds of immediates
  for (let k = 0; k < 6; k++) await new Promise((r) => setImmediate(r));
  console.log(c, kind, log.join(' | '), '##', streams.map(state).join(' ; '));
}

(async () => {
  // DFZ_FROM=k starts at case k (each case has its own seed, so it runs as in the full run).
  for (let c = +process.env.DFZ_FROM || 0; c < N; c++) {
    reseed(c);  // the streams draw as they run: a case whose events differ must not shift the next
    const kind = only || pick(kinds);
    await runCase(c, kind);
  }
})();
