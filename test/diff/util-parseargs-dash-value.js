'use strict';
// util.parseArgs: a string option whose next argument starts with a dash is ambiguous; node 22's
// message names the long form only.
const { parseArgs } = require('util');
const options = { foo: { type: 'string', short: 'f' }, bar: { type: 'string' }, b: { type: 'string' } };
for (const args of [['--foo', '-x'], ['-f', '-x'], ['-b', '-x'], ['--bar', '-1'], ['--foo=-x'], ['-f-x'], ['--foo', '-']]) {
  try {
    console.log(JSON.stringify(args), JSON.stringify(parseArgs({ args, options }).values));
  } catch (e) {
    console.log(JSON.stringify(args), e.code, JSON.stringify(e.message));
  }
}
