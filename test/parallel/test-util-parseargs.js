'use strict';
require('../common');
const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  flag: { type: 'boolean', short: 'f' },
  str: { type: 'string', short: 's' },
  many: { type: 'string', multiple: true, short: 'm' },
  long: { type: 'string' },
};
const parse = (args, extra) => {
  const { values, positionals, tokens } = parseArgs({ args, options, ...extra });
  assert.strictEqual(Object.getPrototypeOf(values), null);
  const out = { values: { ...values }, positionals };
  if (tokens) out.tokens = tokens;
  return out;
};

assert.deepStrictEqual(parse(['-f', '--str', 'x']), { values: { flag: true, str: 'x' }, positionals: [] });
assert.deepStrictEqual(parse(['-sVALUE']), { values: { str: 'VALUE' }, positionals: [] });
assert.deepStrictEqual(parse(['-s=x']), { values: { str: '=x' }, positionals: [] });
assert.deepStrictEqual(parse(['--long=']), { values: { long: '' }, positionals: [] });
assert.deepStrictEqual(parse(['-fsV']), { values: { flag: true, str: 'V' }, positionals: [] });
assert.deepStrictEqual(parse(['-m', 'a', '--many=b']), { values: { many: ['a', 'b'] }, positionals: [] });
assert.deepStrictEqual(parse(['a', '--', '-f'], { strict: false }),
                       { values: {}, positionals: ['a', '-f'] });
assert.deepStrictEqual(parse(['--long', '-f'], { strict: false }), { values: { long: '-f' }, positionals: [] });
assert.deepStrictEqual(parse(['--long', '--unknown=3', '-xy'], { strict: false }),
                       { values: { long: '--unknown=3', x: true, y: true }, positionals: [] });
assert.deepStrictEqual(parse(['--long'], { strict: false }), { values: { long: true }, positionals: [] });
assert.deepStrictEqual(parse(['--no-flag'], { allowNegative: true }), { values: { flag: false }, positionals: [] });

// Tokens share the index of a short-option group; a consumed value advances it.
assert.deepStrictEqual(parse(['-fs', 'v', 'p'], { tokens: true, allowPositionals: true }).tokens, [
  { kind: 'option', name: 'flag', rawName: '-f', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'str', rawName: '-s', index: 0, value: 'v', inlineValue: false },
  { kind: 'positional', index: 2, value: 'p' },
]);
assert.deepStrictEqual(parse(['--', 'x'], { tokens: true, allowPositionals: true }).tokens, [
  { kind: 'option-terminator', index: 0 },
  { kind: 'positional', index: 1, value: 'x' },
]);

// Defaults fill what was not given.
assert.deepStrictEqual({ ...parseArgs({ args: [], options: {
  a: { type: 'string', default: 'x' },
  b: { type: 'boolean', multiple: true, default: [false] },
} }).values }, { a: 'x', b: [false] });

// Strict-mode errors.
const code = (c, message) => ({ code: c, name: 'TypeError', message });
assert.throws(() => parse(['--nope']), code('ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '--nope'"));
assert.throws(() => parse(['-z'], { allowPositionals: true }), code('ERR_PARSE_ARGS_UNKNOWN_OPTION',
  "Unknown option '-z'. To specify a positional argument starting with a '-', place it at the end " +
  'of the command after \'--\', as in \'-- "-z"'));
assert.throws(() => parse(['pos']), code('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument 'pos'. This command does not take positional arguments"));
assert.throws(() => parse(['-s']), code('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  "Option '-s, --str <value>' argument missing"));
assert.throws(() => parse(['--long']), code('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  "Option '--long <value>' argument missing"));
assert.throws(() => parse(['--flag=1']), code('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  "Option '-f, --flag' does not take an argument"));
assert.throws(() => parse(['-s', '-f']), code('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  "Option '-s' argument is ambiguous.\nDid you forget to specify the option argument for '-s'?\n" +
  "To specify an option argument starting with a dash use '--str=-XYZ' or '-s-XYZ'."));
assert.throws(() => parse(['--no-str'], { allowNegative: true }),
              code('ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '--no-str'"));

// Configuration is validated.
assert.throws(() => parseArgs({ args: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => parseArgs({ options: { a: { type: 'number' } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.a.type" property must be (\'string|boolean\'). Received type string (\'number\')',
});
assert.throws(() => parseArgs({ options: { a: { type: 'string', short: 'ab' } } }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.a.short' must be a single character. Received 'ab'",
});
assert.throws(() => parseArgs({ options: { a: { type: 'boolean', multiple: true, default: [true, 1] } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.a.default[1]" property must be of type boolean. Received type number (1)',
});
assert.throws(() => parseArgs({ strict: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "strict" argument must be of type boolean. Received type number (1)',
});
