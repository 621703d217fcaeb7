'use strict';
// node:os over internalBinding('os') (libuv). A failing libuv call returns a
// negative errno, which becomes Node's ERR_SYSTEM_ERROR with the uv_* syscall.

const binding = internalBinding('os');
const { os: bindingConstants } = internalBinding('constants');
const {
  codes: { ERR_SYSTEM_ERROR },
  uvErrmapGet,
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

function systemError(errno, syscall) {
  const [code, message] = uvErrmapGet(errno) || ['UNKNOWN', 'unknown error'];
  return new ERR_SYSTEM_ERROR({ errno, code, message, syscall });
}

function checked(result, syscall) {
  if (typeof result === 'number' && result < 0) throw systemError(result, syscall);
  return result;
}

const getHostname = function wrappedFn() {
  return checked(binding.getHostname(), 'uv_os_gethostname');
};
const getHomeDirectory = function wrappedFn() {
  return checked(binding.getHomeDirectory(), 'uv_os_homedir');
};
const getUptime = function wrappedFn() {
  return checked(binding.getUptime(), 'uv_uptime');
};

// [sysname, version, release, machine], read once like Node does.
let osInfo;
function osInformation() {
  if (osInfo === undefined) osInfo = checked(binding.getOSInformation(), 'uv_os_uname');
  return osInfo;
}

function getOSType() {
  return osInformation()[0];
}
function getOSVersion() {
  return osInformation()[1];
}
function getOSRelease() {
  return osInformation()[2];
}
function getMachine() {
  return osInformation()[3];
}

const getFreeMem = (() => () => binding.getFreeMem())();
const getTotalMem = (() => () => binding.getTotalMem())();
const getAvailableParallelism = (() => () => binding.getAvailableParallelism())();

function loadavg() {
  const avg = new Float64Array(3);
  binding.getLoadAvg(avg);
  return [avg[0], avg[1], avg[2]];
}

function cpus() {
  const data = checked(binding.getCPUs(), 'uv_cpu_info');
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

function arch() {
  return process.arch;
}
arch[Symbol.toPrimitive] = () => process.arch;

function platform() {
  return process.platform;
}
platform[Symbol.toPrimitive] = () => process.platform;

function endianness() {
  return binding.kIsBigEndian ? 'BE' : 'LE';
}
endianness[Symbol.toPrimitive] = () => endianness();

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path[path.length - 1] === '/') path = path.slice(0, -1);
  return path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

// The number of leading one bits of a netmask, or null when it is not
// contiguous.
function netmaskBits(netmask, family) {
  let bits = 0;
  let ended = false;
  if (family === 'IPv4') {
    const parts = netmask.split('.');
    for (let i = 0; i < parts.length; i++) {
      let v = Number(parts[i]);
      for (let b = 7; b >= 0; b--) {
        const one = (v >> b) & 1;
        if (one) {
          if (ended) return null;
          bits++;
        } else {
          ended = true;
        }
      }
    }
    return bits;
  }
  // IPv6: expand '::' then count over the eight groups.
  let groups = netmask.split(':');
  const gap = groups.indexOf('');
  if (gap !== -1) {
    const head = netmask.slice(0, netmask.indexOf('::')).split(':').filter((g) => g !== '');
    const tail = netmask.slice(netmask.indexOf('::') + 2).split(':').filter((g) => g !== '');
    const zeros = new Array(8 - head.length - tail.length).fill('0');
    groups = [...head, ...zeros, ...tail];
  }
  for (let i = 0; i < groups.length; i++) {
    const v = parseInt(groups[i], 16) || 0;
    for (let b = 15; b >= 0; b--) {
      if ((v >> b) & 1) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
  }
  return bits;
}

function networkInterfaces() {
  const data = checked(binding.getInterfaceAddresses(), 'uv_interface_addresses');
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const family = data[i + 3];
    const bits = netmaskBits(data[i + 2], family);
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family,
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: bits === null ? null : `${data[i + 1]}/${bits}`,
    };
    if (family === 'IPv6') entry.scopeid = data[i + 6];
    if (result[name] === undefined) result[name] = [];
    result[name].push(entry);
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const err = binding.setPriority(pid, priority);
  if (err !== 0) throw systemError(err, 'uv_os_setpriority');
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const out = new Int32Array(1);
  const err = binding.getPriority(pid, out);
  if (err !== 0) throw systemError(err, 'uv_os_getpriority');
  return out[0];
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const data = checked(binding.getUserInfo(), 'uv_os_get_passwd');
  const result = { __proto__: null, uid: data[0], gid: data[1] };
  if (options?.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    result.username = Buffer.from(data[2]);
    result.homedir = Buffer.from(data[3]);
    result.shell = data[4] === null ? null : Buffer.from(data[4]);
  } else {
    result.username = data[2];
    result.homedir = data[3];
    result.shell = data[4];
  }
  return result;
}

for (const fn of [getAvailableParallelism, getFreeMem, getHomeDirectory, getHostname,
  getOSRelease, getTotalMem, getOSType, getUptime, getOSVersion, getMachine]) {
  fn[Symbol.toPrimitive] = () => fn();
}

// Node's shape: null-prototype objects whose numbers are read-only; signals
// frozen.
function copyConstants(source) {
  const target = { __proto__: null };
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value !== null && typeof value === 'object') {
      target[key] = copyConstants(value);
    } else {
      Object.defineProperty(target, key, {
        value, writable: false, enumerable: true, configurable: false,
      });
    }
  }
  return target;
}
const constants = copyConstants(bindingConstants);
Object.freeze(constants.signals);

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: {
    configurable: false,
    enumerable: true,
    value: constants,
    writable: false,
  },
  EOL: {
    configurable: true,
    enumerable: true,
    writable: false,
    value: '\n',
  },
  devNull: {
    configurable: true,
    enumerable: true,
    writable: false,
    value: '/dev/null',
  },
});
