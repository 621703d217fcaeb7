'use strict';
// The JUnit XML reporter.

const { inspect } = require('util');

const inspectOptions = { __proto__: null, colors: false, breakLength: Infinity };

function escapeContent(s = '') {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
function escapeAttribute(s = '') {
  return escapeContent(s.replace(/\n/g, '').replace(/"/g, '&quot;'));
}
function escapeComment(s = '') {
  return s.replace(/--/g, '&#45;&#45;');
}

function treeToXML(tree) {
  if (typeof tree === 'string') return `${escapeContent(tree)}\n`;
  const { tag, attrs, nesting, children, comment } = tree;
  const ind = '\t'.repeat(nesting + 1);
  if (comment) return `${ind}<!-- ${escapeComment(comment)} -->\n`;
  const attrsString = Object.entries(attrs)
    .map(([key, value]) => `${key}="${escapeAttribute(String(value))}"`).join(' ');
  if (!children?.length) return `${ind}<${tag} ${attrsString}/>\n`;
  return `${ind}<${tag} ${attrsString}>\n${children.map(treeToXML).join('')}${ind}</${tag}>\n`;
}

function isFailure(node) {
  return (node?.children && node.children.some((c) => c.tag === 'failure')) ||
    node?.attrs?.failures;
}
function isSkipped(node) {
  return (node?.children && node.children.some((c) => c.tag === 'skipped')) ||
    node?.attrs?.failures;
}

function createFormatter() {
  let current = null;
  const roots = [];
  let started = false;
  function startTest(data) {
    const original = current;
    current = { __proto__: null, attrs: { __proto__: null, name: data.name },
      nesting: data.nesting, parent: current, children: [] };
    if (original?.children) original.children.push(current);
    if (!current.parent) roots.push(current);
  }
  return {
    format({ type, data }) {
      let out = '';
      if (!started) {
        started = true;
        out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
      }
      switch (type) {
        case 'test:start':
          startTest(data);
          break;
        case 'test:pass':
        case 'test:fail': {
          if (!current) startTest({ __proto__: null, name: 'root', nesting: 0 });
          if (current.attrs.name !== data.name || current.nesting !== data.nesting) startTest(data);
          const test = current;
          if (current?.nesting === data.nesting) current = current.parent;
          test.attrs.time = (data.details.duration_ms / 1000).toFixed(6);
          const real = test.children.filter((c) => c.comment == null);
          if (real.length > 0) {
            test.tag = 'testsuite';
            test.attrs.disabled = 0;
            test.attrs.errors = 0;
            test.attrs.tests = real.length;
            test.attrs.failures = test.children.filter(isFailure).length;
            test.attrs.skipped = test.children.filter(isSkipped).length;
            test.attrs.hostname = require('os').hostname();
          } else {
            test.tag = 'testcase';
            test.attrs.classname = data.classname ?? 'test';
            if (data.skip) {
              test.children.push({ __proto__: null, nesting: data.nesting + 1, tag: 'skipped',
                attrs: { __proto__: null, type: 'skipped', message: data.skip } });
            }
            if (data.todo) {
              test.children.push({ __proto__: null, nesting: data.nesting + 1, tag: 'skipped',
                attrs: { __proto__: null, type: 'todo', message: data.todo } });
            }
            if (type === 'test:fail') {
              const error = data.details?.error;
              test.children.push({ __proto__: null, nesting: data.nesting + 1, tag: 'failure',
                attrs: { __proto__: null, type: error?.failureType || error?.code,
                  message: error?.message ?? '' },
                children: [inspect(error, inspectOptions)] });
              test.failures = 1;
              test.attrs.failure = error?.message ?? '';
            }
          }
          break;
        }
        case 'test:diagnostic': {
          const parent = current?.children ?? roots;
          parent.push({ __proto__: null, nesting: data.nesting, comment: data.message });
          break;
        }
        default:
          break;
      }
      return out;
    },
    end() {
      let out = started ? '' : '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
      for (const suite of roots) out += treeToXML(suite);
      return `${out}</testsuites>\n`;
    },
  };
}

async function* junitReporter(source) {
  const f = createFormatter();
  for await (const event of source) {
    const out = f.format(event);
    if (out) yield out;
  }
  yield f.end();
}

function pipelineForm() {
  return junitReporter;
}

module.exports = { pipelineForm, createFormatter, junitReporter };
