'use strict';
// Tab completion for the REPL: commands (.help), module names inside require('...'),
// properties of an expression (`process.ve`) and names in the global scope.

const KEYWORDS = [
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger',
  'default', 'delete', 'do', 'else', 'export', 'false', 'finally', 'for', 'function', 'if',
  'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'switch', 'this', 'throw',
  'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
];

const requireRE = /\brequire\s*\(\s*(['"`])((?:@[^'"`]*\/)?[^'"`]*)$/;
const simpleExpressionRE = /(?:[\p{L}_$][\p{L}\p{N}_$]*\??\.)*[\p{L}_$][\p{L}\p{N}_$]*\??\.?$/u;
const identifierRE = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

const LEGACY_ACCESSORS = new Set([
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);

// Completion ignores case, as node's does.
function startsWithFold(name, prefix) {
  return name.toLowerCase().startsWith(prefix.toLowerCase());
}

function propertyGroups(obj) {
  const groups = [];
  const seen = new Set();
  let o = obj;
  let level = 0;
  while (o !== null && o !== undefined && level < 50) {
    let names;
    try {
      names = Object.getOwnPropertyNames(o);
    } catch {
      break;
    }
    const group = [];
    for (const name of names) {
      if (seen.has(name) || !identifierRE.test(name) || LEGACY_ACCESSORS.has(name)) continue;
      seen.add(name);
      group.push(name);
    }
    if (group.length) groups.push(group);
    try {
      o = Object.getPrototypeOf(o);
    } catch {
      break;
    }
    level++;
  }
  return groups;
}

function listDir(dir) {
  try {
    const fs = require('fs');
    return fs.readdirSync(dir, { withFileTypes: true }).map((d) => ({
      name: d.name, isDir: d.isDirectory(),
    }));
  } catch {
    return [];
  }
}

// The completions for `line`: [completions (groups separated by ''), the text they replace].
function complete(server, line) {
  line = line.trimStart();
  // REPL commands
  if (/^\s*\.[\w-]*$/.test(line)) {
    const word = line.slice(line.indexOf('.') + 1);
    const names = Object.keys(server.commands).filter((n) => n.startsWith(word)).sort();
    return [names, word];
  }
  let m = requireRE.exec(line);
  if (m !== null) {
    const partial = m[2];
    const found = new Set();
    const builtins = require('module').builtinModules;
    if (!partial.startsWith('.')) {
      for (const id of builtins) {
        if (!id.startsWith('_') && id.startsWith(partial)) found.add(id);
        if (`node:${id}`.startsWith(partial) && partial.startsWith('node:')) found.add(`node:${id}`);
      }
      const path = require('path');
      let dir = process.cwd();
      for (;;) {
        for (const e of listDir(path.join(dir, 'node_modules'))) {
          if (e.isDir && !e.name.startsWith('.') && e.name.startsWith(partial)) found.add(e.name);
        }
        const parent = path.dirname(dir);
        if (parent === dir) break;
        dir = parent;
      }
    } else {
      const path = require('path');
      const slash = partial.lastIndexOf('/');
      const dirPart = slash === -1 ? '' : partial.slice(0, slash + 1);
      const base = partial.slice(slash + 1);
      for (const e of listDir(path.resolve(process.cwd(), dirPart || '.'))) {
        if (!e.name.startsWith(base)) continue;
        if (e.isDir) found.add(`${dirPart}${e.name}/`);
        else if (/\.(js|json|node|cjs|mjs)$/.test(e.name)) {
          found.add(`${dirPart}${e.name.replace(/\.(js|node|cjs|mjs)$/, '')}`);
        }
      }
    }
    return [Array.from(found).sort(), partial];
  }
  m = simpleExpressionRE.exec(line);
  if (m === null) {
    if (line.length === 0 || /[\s(,;=[{]$/.test(line)) return [globalNames(server, ''), ''];
    return [[], line];
  }
  const text = m[0];
  const dot = text.lastIndexOf('.');
  if (dot === -1) return [globalNames(server, text), text];
  let expr = text.slice(0, dot);
  const filter = text.slice(dot + 1);
  const optional = expr.endsWith('?');
  if (optional) expr = expr.slice(0, -1);
  let value;
  try {
    value = server._evalQuiet(expr);
  } catch {
    return [[], text];
  }
  if (value === null || value === undefined) return [[], text];
  if (typeof value !== 'object' && typeof value !== 'function') value = Object(value);
  const prefix = `${text.slice(0, dot)}.`;
  const out = [];
  // Farthest prototype first, as node lists them.
  for (const group of propertyGroups(value).reverse()) {
    const matches = group.filter((n) => startsWithFold(n, filter)).sort();
    if (matches.length === 0) continue;
    if (out.length) out.push('');
    for (const n of matches) out.push(prefix + n);
  }
  return [out, text];
}

function globalNames(server, filter) {
  const groups = [];
  const lexical = Array.from(server.lexicalNames || []).filter((n) => startsWithFold(n, filter));
  if (lexical.length) groups.push(lexical.sort());
  for (const g of propertyGroups(globalThis)) {
    const matches = g.filter((n) => startsWithFold(n, filter)).sort();
    if (matches.length) groups.push(matches);
  }
  const kw = KEYWORDS.filter((k) => k.startsWith(filter));
  if (kw.length) groups.push(kw);
  const out = [];
  const seen = new Set();
  for (const g of groups) {
    const fresh = g.filter((n) => !seen.has(n));
    if (!fresh.length) continue;
    if (out.length) out.push('');
    for (const n of fresh) {
      seen.add(n);
      out.push(n);
    }
  }
  return out;
}

module.exports = { complete };
