'use strict';
// AsyncLocalStorage: the store follows every kind of asynchronous continuation.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const fs = require('fs');
const { EventEmitter } = require('events');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = [];
function note(label) { log.push(`${label}: ${JSON.stringify(als.getStore())} ${JSON.stringify(other.getStore())}`); }

const steps = [];
function step(name, fn) { steps.push([name, fn]); }

step('await', async () => {
  await als.run({ id: 'await' }, async () => {
    note('before await');
    await null;
    note('after await');
    await new Promise((r) => setTimeout(r, 1));
    note('after timer promise');
  });
  note('outside');
});

step('then', () => als.run('then', () => Promise.resolve(1).then(() => note('then'))));

step('thenable', () => als.run('thenable', () => Promise.resolve({
  then(resolve) { note('thenable.then'); resolve(); },
}).then(() => note('after thenable'))));

step('timers', () => new Promise((done) => {
  als.run('timers', () => {
    setTimeout(() => note('setTimeout'), 1);
    setImmediate(() => note('setImmediate'));
    const iv = setInterval(() => { note('setInterval'); clearInterval(iv); }, 1);
    process.nextTick(() => note('nextTick'));
    queueMicrotask(() => note('queueMicrotask'));
  });
  setTimeout(done, 20);
}));

step('nested', () => new Promise((done) => {
  als.run('outer', () => {
    other.run('second', () => {
      als.run('inner', () => setImmediate(() => note('inner immediate')));
      note('after inner run');
    });
    setImmediate(() => { note('outer immediate'); done(); });
  });
}));

step('exit', () => als.run('exit', () => {
  als.exit(() => {
    note('in exit');
    process.nextTick(() => note('tick from exit'));
  });
  note('after exit');
  return new Promise((r) => setImmediate(r));
}));

step('enterWith', () => new Promise((done) => {
  setImmediate(() => {
    als.enterWith('entered');
    note('enterWith sync');
    setImmediate(() => { note('enterWith immediate'); done(); });
  });
}));

step('fs callbacks', () => new Promise((done) => {
  als.run('fs', () => {
    fs.stat(__filename, () => {
      note('fs.stat');
      fs.readFile(__filename, () => {
        note('fs.readFile');
        fs.open(__filename, 'r', (err, fd) => {
          fs.close(fd, () => { note('fs.close'); done(); });
        });
      });
    });
  });
}));

step('fs.promises', () => als.run('fs.promises', async () => {
  await fs.promises.stat(__filename);
  note('fs.promises.stat');
  const fh = await fs.promises.open(__filename);
  await fh.read(Buffer.alloc(10), 0, 10, 0);
  note('filehandle.read');
  await fh.close();
}));

step('stream', () => new Promise((done) => {
  als.run('stream', () => {
    fs.createReadStream(__filename).on('data', () => {}).on('end', () => {
      note('read stream end');
      done();
    });
  });
}));

step('EventEmitter', () => {
  const ee = new EventEmitter();
  als.run('listener registered', () => ee.on('x', () => note('listener')));
  als.run('emitter', () => ee.emit('x'));
});

step('AsyncResource', () => new Promise((done) => {
  const bound = als.run('bound', () => AsyncResource.bind(() => note('AsyncResource.bind')));
  const res = als.run('resource', () => new AsyncResource('X'));
  const snap = als.run('snapshot', () => AsyncLocalStorage.snapshot());
  const alsBound = als.run('als.bind', () => AsyncLocalStorage.bind(() => note('ALS.bind')));
  als.run('caller', () => {
    bound();
    res.runInAsyncScope(() => note('runInAsyncScope'));
    snap(() => note('snapshot'));
    alsBound();
    note('caller');
  });
  setImmediate(done);
}));

step('disable', () => als.run('disabled', () => {
  als.disable();
  note('after disable');
  als.enterWith('re-entered');
  note('after enterWith');
}));

step('run returns', () => {
  log.push(`run returns ${als.run(1, (a, b) => a + b, 2, 3)}`);
  try {
    als.run(1, () => { throw new Error('boom'); });
  } catch (e) {
    note(`caught ${e.message}`);
  }
});

(async () => {
  for (const [name, fn] of steps) {
    log.push(`-- ${name}`);
    await als.exit(fn);
    await new Promise((r) => setTimeout(r, 5));
  }
  console.log(log.join('\n'));
})();
