'use strict';
// module.stripTypeScriptTypes() in strip mode, byte for byte: small snippets
// (test/fixtures/typescript/strip-cases.js) and whole files (test/fixtures/typescript/strip/),
// with the error code (and message, for syntax node refuses to strip).
const { stripTypeScriptTypes } = require('module');
const fs = require('fs');
const path = require('path');

process.removeAllListeners('warning');
const fixtures = path.join(__dirname, '..', 'fixtures', 'typescript');

function show(label, code) {
  try {
    console.log(label, JSON.stringify(stripTypeScriptTypes(code)));
  } catch (err) {
    // the wording of syntax errors is the parser's own; the refusals are worded as node's
    console.log(label, 'throws', err.code,
                err.code === 'ERR_INVALID_TYPESCRIPT_SYNTAX' ? '' : JSON.stringify(err.message));
  }
}

require(path.join(fixtures, 'strip-cases.js')).forEach((code, i) => show(`case ${i}`, code));
const dir = path.join(fixtures, 'strip');
for (const name of fs.readdirSync(dir).sort()) show(name, fs.readFileSync(path.join(dir, name), 'utf8'));
