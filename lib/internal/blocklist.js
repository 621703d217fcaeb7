'use strict';
// net.BlockList: rules (single addresses, inclusive ranges, subnets) checked newest first. An
// IPv4 rule also matches the IPv4-mapped IPv6 form of its addresses, and the other way round.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { SocketAddress, kAddress } = require('internal/socketaddress');
const { JSTransferable, kClone, registerCloneFactory } = require('internal/worker/js_transferable');

const kRules = Symbol('kRules');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

// Compares two parsed addresses: -1/0/1, or undefined when they are not comparable (IPv4
// against an IPv6 address that is not IPv4-mapped).
function compare(a, b) {
  if (a.family === b.family) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if (a.v4 === null || b.v4 === null) return undefined;
  return a.v4 < b.v4 ? -1 : a.v4 > b.v4 ? 1 : 0;
}

function inSubnet(addr, net, prefix) {
  if (net.family === 4) {
    if (addr.v4 === null) return false;
    if (prefix === 0) return true;
    const shift = 32 - prefix;
    return Math.floor(addr.v4 / 2 ** shift) === Math.floor(net.value / 2 ** shift);
  }
  const value = addr.family === 6 ? addr.value : (0xffffn << 32n) | BigInt(addr.value);
  const shift = BigInt(128 - prefix);
  return (value >> shift) === (net.value >> shift);
}

function familyName(sa) {
  return sa.family === 'ipv4' ? 'IPv4' : 'IPv6';
}

class BlockList extends JSTransferable {
  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  constructor() {
    super();
    this[kRules] = [];
  }

  // A clone replays the calls that made the rules (their SocketAddress arguments clone too).
  [kClone]() {
    return {
      data: this[kRules].map((rule) => rule.call).reverse(),
      deserializeInfo: 'internal/blocklist:BlockList',
    };
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    address = toSocketAddress(address, 'address', family);
    this[kRules].unshift({
      text: `Address: ${familyName(address)} ${address.address}`,
      call: ['addAddress', address],
      test: (a) => compare(a, address[kAddress]) === 0,
    });
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    const order = compare(start[kAddress], end[kAddress]);
    if (order === undefined || order > 0) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
    this[kRules].unshift({
      text: `Range: ${familyName(start)} ${start.address}-${end.address}`,
      call: ['addRange', start, end],
      test: (a) => compare(a, start[kAddress]) >= 0 && compare(a, end[kAddress]) <= 0,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    validateInt32(prefix, 'prefix', 0, network.family === 'ipv4' ? 32 : 128);
    this[kRules].unshift({
      text: `Subnet: ${familyName(network)} ${network.address}/${prefix}`,
      call: ['addSubnet', network, prefix],
      test: (a) => inSubnet(a, network[kAddress], prefix),
    });
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        // Not a valid address: not blocked.
        return false;
      }
    }
    const parsed = address[kAddress];
    return this[kRules].some((rule) => rule.test(parsed));
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }

  toJSON() {
    return this.rules;
  }

  // Adds the rules of toJSON() output (an array of rule strings, or its JSON text).
  fromJSON(data) {
    if (!Array.isArray(data)) {
      if (typeof data !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
      }
      data = JSON.parse(data);
      if (!Array.isArray(data)) {
        throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
      }
    }
    for (const rule of data) this.#addRule(`${rule}`);
  }

  #addRule(text) {
    const m = /^(Address|Range|Subnet): (IPv4|IPv6) (.+)$/.exec(text);
    if (m === null) return;
    const family = m[2].toLowerCase();
    if (m[1] === 'Address') {
      this.addAddress(m[3], family);
    } else if (m[1] === 'Range') {
      const dash = m[3].indexOf('-');
      this.addRange(m[3].slice(0, dash), m[3].slice(dash + 1), family);
    } else {
      const slash = m[3].lastIndexOf('/');
      this.addSubnet(m[3].slice(0, slash), +m[3].slice(slash + 1), family);
    }
  }
}


registerCloneFactory('BlockList', (calls) => {
  const list = new BlockList();
  for (const [method, ...args] of calls) list[method](...args);
  return list;
});

module.exports = { BlockList };
