'use strict';
// The REPL's completer: global names, properties of an expression (own first last, prototypes
// first), REPL commands, and module names inside require('...').
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const repl = require('repl');

const input = new EventEmitter();
input.resume = () => input;
input.pause = () => input;
const output = new EventEmitter();
output.write = () => true;
const server = repl.start({ prompt: '> ', input, output, terminal: false, useGlobal: true });

function complete(line) {
  let result;
  server.completer(line, common.mustCall((err, value) => {
    assert.ifError(err);
    result = value;
  }));
  return result;
}

{
  const [list, on] = complete('process.ve');
  assert.strictEqual(on, 'process.ve');
  assert.deepStrictEqual(list.filter(Boolean), ['process.version', 'process.versions']);
}

{
  input.emit('data', 'var complObj = { zeta: 1, alpha: 2 }\n');
  const [list, on] = complete('complObj.');
  assert.strictEqual(on, 'complObj.');
  // Object.prototype's names come first, then a blank separator, then the own names sorted.
  const own = list.slice(list.lastIndexOf('') + 1);
  assert.deepStrictEqual(own, ['complObj.alpha', 'complObj.zeta']);
  assert.ok(list.includes('complObj.hasOwnProperty'));
  assert.ok(list.indexOf('complObj.hasOwnProperty') < list.indexOf('complObj.alpha'));
}

{
  // Matching ignores case.
  const [list] = complete('complObj.ALP');
  assert.deepStrictEqual(list, ['complObj.alpha']);
}

{
  const [list, on] = complete('parseI');
  assert.strictEqual(on, 'parseI');
  assert.deepStrictEqual(list, ['parseInt']);
}

{
  const [list, on] = complete('.he');
  assert.deepStrictEqual([list, on], [['help'], 'he']);
}

{
  const [list, on] = complete("require('pat");
  assert.strictEqual(on, 'pat');
  assert.ok(list.includes('path'));
  assert.ok(list.every((id) => id.startsWith('path')));
}

{
  // Nothing for an unknown object.
  const [list] = complete('noSuchThing.x');
  assert.deepStrictEqual(list, []);
}

server.close();
