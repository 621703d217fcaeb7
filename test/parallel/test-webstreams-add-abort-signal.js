'use strict';
// stream.addAbortSignal() on web streams errors a ReadableStream or WritableStream with an
// AbortError whose cause is the signal's reason, also when the signal is already aborted.
const common = require('../common');
const assert = require('assert');
const { addAbortSignal, finished } = require('stream');

const ac = new AbortController();
const rs = addAbortSignal(ac.signal, new ReadableStream());
assert.rejects(rs.getReader().read(), { name: 'AbortError', cause: 'why' }).then(common.mustCall());
const ws = addAbortSignal(ac.signal, new WritableStream());
assert.rejects(ws.getWriter().closed, { name: 'AbortError', cause: 'why' }).then(common.mustCall());
finished(rs, common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
ac.abort('why');
const pre = addAbortSignal(AbortSignal.abort('pre'), ReadableStream.from([1]));
assert.rejects(pre.getReader().closed, { name: 'AbortError', cause: 'pre' }).then(common.mustCall());
assert.throws(() => addAbortSignal(new AbortController().signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });
