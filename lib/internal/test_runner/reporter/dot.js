'use strict';
// The dot reporter: one character per test, then the failed tests.

const { formatTestReport, makeColors, hasColors } = require('internal/test_runner/reporter/spec');

function createFormatter(dest = process.stdout) {
  const colors = makeColors(hasColors(dest));
  const columns = dest?.isTTY && dest.columns ? dest.columns : 20;
  let count = 0;
  const failed = [];
  return {
    format({ type, data }) {
      let out = '';
      if (type === 'test:pass') out += `${colors.green}.${colors.white}`;
      if (type === 'test:fail') {
        out += `${colors.red}X${colors.white}`;
        failed.push(data);
      }
      if ((type === 'test:fail' || type === 'test:pass') && ++count === columns) {
        out += '\n';
        count = 0;
      }
      return out;
    },
    end() {
      let out = '\n';
      if (failed.length > 0) {
        out += `\n${colors.red}Failed tests:${colors.white}\n\n`;
        for (const data of failed) out += formatTestReport('test:fail', data, colors);
      }
      return out;
    },
  };
}

async function* dotReporter(source) {
  const f = createFormatter();
  for await (const event of source) {
    const out = f.format(event);
    if (out) yield out;
  }
  yield f.end();
}

function pipelineForm() {
  return dotReporter;
}

module.exports = { pipelineForm, createFormatter, dotReporter };
