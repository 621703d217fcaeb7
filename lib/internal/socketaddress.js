'use strict';
// net.SocketAddress: an immutable (address, port, family, flowlabel) with the address in its
// canonical text form. Address parsing and formatting for it and net.BlockList live here.

const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateObject,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isIPv4, isIPv6 } = require('internal/net');
const { JSTransferable, kClone, registerCloneFactory } = require('internal/worker/js_transferable');

const kAddress = Symbol('kAddress');
const kDetail = Symbol('kDetail');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// IPv4 text -> number (0..2^32-1), or null.
function parseIPv4(text) {
  if (!isIPv4(text)) return null;
  const parts = text.split('.');
  return ((+parts[0] << 24) >>> 0) + (+parts[1] << 16) + (+parts[2] << 8) + +parts[3];
}

// IPv6 text (with an optional trailing dotted quad and %zone) -> BigInt, or null. Whatever
// follows the first '%' is ignored, as inet_pton does for node (even nothing, or another '%').
function parseIPv6(text) {
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  if (!isIPv6(text)) return null;
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) !== -1) {
    // A trailing dotted quad is the last two groups.
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  let groups;
  const dbl = text.indexOf('::');
  if (dbl !== -1) {
    const head = dbl > 0 ? text.slice(0, dbl).split(':') : [];
    const rest = dbl + 2 < text.length ? text.slice(dbl + 2).split(':') : [];
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return null;
    groups = [...head, ...new Array(missing).fill('0'), ...rest];
  } else {
    groups = text.split(':');
  }
  if (groups.length !== 8) return null;
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(parseInt(g, 16));
  return value;
}

function formatIPv4(n) {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

// RFC 5952 text, as inet_ntop writes it (IPv4-mapped and -compatible forms dotted).
function formatIPv6(value) {
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  if (groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 &&
      groups[4] === 0 && (groups[5] === 0xffff || (groups[5] === 0 && groups[6] !== 0))) {
    const v4 = formatIPv4(((groups[6] << 16) >>> 0) + groups[7]);
    return groups[5] === 0xffff ? `::ffff:${v4}` : `::${v4}`;
  }
  // The longest run of two or more zero groups becomes '::'.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best === -1) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

// {family: 4|6, value: number|BigInt, v4: number|null (also for IPv4-mapped IPv6)} or null.
function parseAddress(text, family) {
  // node hands the text to inet_pton as a C string: it ends at the first NUL.
  const nul = text.indexOf('\0');
  if (nul !== -1) text = text.slice(0, nul);
  if (family === 'ipv4') {
    const v = parseIPv4(text);
    return v === null ? null : { family: 4, value: v, v4: v };
  }
  const v = parseIPv6(text);
  if (v === null) return null;
  const mapped = (v >> 32n) === 0xffffn;
  return { family: 6, value: v, v4: mapped ? Number(v & 0xffffffffn) : null };
}

class SocketAddress extends JSTransferable {
  static isSocketAddress(value) {
    return value?.[kAddress] !== undefined;
  }

  static parse(input) {
    validateString(input, 'input');
    try {
      const { URL } = require('internal/url');
      const { hostname: address, port } = new URL(`http://${input}`);
      if (address.startsWith('[') && address.endsWith(']')) {
        return new SocketAddress({ address: address.slice(1, -1), port: port | 0, family: 'ipv6' });
      }
      return new SocketAddress({ address, port: port | 0 });
    } catch {
      // Not an address: undefined.
    }
  }

  constructor(options = {}) {
    super();
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const parsed = parseAddress(address, family);
    if (parsed === null) throw new ERR_INVALID_ADDRESS();
    this[kAddress] = parsed;
    this[kDetail] = {
      address: family === 'ipv4' ? formatIPv4(parsed.value) : formatIPv6(parsed.value),
      port: +port,
      family,
      flowlabel: family === 'ipv6' ? flowlabel : 0,
    };
  }

  get address() {
    return this[kDetail].address;
  }

  get port() {
    return this[kDetail].port;
  }

  get family() {
    return this[kDetail].family;
  }

  get flowlabel() {
    return this[kDetail].flowlabel;
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  [kClone]() {
    return { data: this.toJSON(), deserializeInfo: 'internal/socketaddress:SocketAddress' };
  }

  toJSON() {
    return {
      address: this.address,
      port: this.port,
      family: this.family,
      flowlabel: this.flowlabel,
    };
  }
}


registerCloneFactory('SocketAddress', (options) => new SocketAddress(options));

module.exports = {
  SocketAddress,
  kAddress,
  formatIPv4,
  formatIPv6,
};
