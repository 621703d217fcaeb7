'use strict';
// The API surface of the networking modules: every own member of net, dns, dns/promises, dgram,
// http, https and http2 and of the prototypes of the classes they export, with its kind
// (accessor, or typeof; functions with their length). Symbols count when they are well-known or
// registered (Symbol.for): module-private symbols are implementation details.

const notBuilt = new Set([]);
const wellKnown = new Set(Object.getOwnPropertyNames(Symbol)
  .map((k) => Symbol[k]).filter((v) => typeof v === 'symbol'));

function keyName(k) {
  if (typeof k === 'string') return k;
  if (wellKnown.has(k) || Symbol.keyFor(k) !== undefined) return String(k);
  return null;
}

function describe(o) {
  const out = [];
  for (const k of Reflect.ownKeys(o)) {
    const name = keyName(k);
    if (name === null) continue;
    const d = Object.getOwnPropertyDescriptor(o, k);
    let kind;
    if (d.get || d.set) kind = `accessor${d.get ? ' get' : ''}${d.set ? ' set' : ''}`;
    else if (typeof d.value === 'function') kind = `function/${d.value.length}`;
    else kind = d.value === null ? 'null' : typeof d.value;
    out.push(`${name}: ${kind}${d.enumerable ? '' : ' (hidden)'}`);
  }
  return out.sort();
}

const modules = {
  net: require('net'),
  dns: require('dns'),
  'dns/promises': require('dns/promises'),
  dgram: require('dgram'),
  http: require('http'),
  https: require('https'),
  http2: require('http2'),
};

for (const [name, mod] of Object.entries(modules)) {
  console.log(`== ${name}`);
  for (const line of describe(mod)) {
    if (!notBuilt.has(`${name}.${line.split(':')[0]}`)) console.log(`  ${line}`);
  }
  for (const key of Object.keys(mod).sort()) {
    if (notBuilt.has(`${name}.${key}`)) continue;
    const value = mod[key];
    if (typeof value !== 'function' || !/^[A-Z]/.test(key) || !value.prototype) continue;
    console.log(`== ${name}.${key}.prototype`);
    for (const line of describe(value.prototype)) console.log(`  ${line}`);
  }
}
