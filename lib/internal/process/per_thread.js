'use strict';
// The process methods built on internalBinding('process_methods').

const binding = internalBinding('process_methods');
const { signals } = internalBinding('constants').os;

function lazyErrors() {
  return require('internal/errors');
}
function lazyValidators() {
  return require('internal/validators');
}

function uvError(err, syscall, path, dest) {
  const { UVException } = lazyErrors();
  return UVException({ errno: err, syscall, path, dest });
}

const hrValues = [0, 0];
function hrtime(time) {
  const [sec, nsec] = binding.hrtime();
  if (time !== undefined) {
    if (!Array.isArray(time)) {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('time', 'Array', time);
    }
    if (time.length !== 2) {
      throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('time', 2, time.length);
    }
    const s = sec - time[0];
    const n = nsec - time[1];
    return n < 0 ? [s - 1, n + 1e9] : [s, n];
  }
  hrValues[0] = sec;
  hrValues[1] = nsec;
  return [sec, nsec];
}
hrtime.bigint = function bigint() {
  return binding.hrtimeBigInt();
};

const memValues = new Float64Array(5);
function memoryUsage() {
  binding.memoryUsage(memValues);
  return {
    rss: memValues[0],
    heapTotal: memValues[1],
    heapUsed: memValues[2],
    external: memValues[3],
    arrayBuffers: memValues[4],
  };
}
memoryUsage.rss = function rss() {
  return binding.rss();
};

const cpuValues = new Float64Array(2);
function cpuUsage(prev) {
  binding.cpuUsage(cpuValues);
  if (prev !== undefined) {
    const { validateObject, validateNumber } = lazyValidators();
    validateObject(prev, 'prevValue');
    for (const key of ['user', 'system']) {
      const v = prev[key];
      if (!(typeof v === 'number' && v >= 0 && v <= Number.MAX_SAFE_INTEGER)) {
        validateNumber(v, `prevValue.${key}`);
        throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE).RangeError(`prevValue.${key}`, v);
      }
    }
    return { user: cpuValues[0] - prev.user, system: cpuValues[1] - prev.system };
  }
  return { user: cpuValues[0], system: cpuValues[1] };
}

const ruValues = new Float64Array(16);
function resourceUsage() {
  binding.resourceUsage(ruValues);
  return {
    userCPUTime: ruValues[0],
    systemCPUTime: ruValues[1],
    maxRSS: ruValues[2],
    sharedMemorySize: ruValues[3],
    unsharedDataSize: ruValues[4],
    unsharedStackSize: ruValues[5],
    minorPageFault: ruValues[6],
    majorPageFault: ruValues[7],
    swappedOut: ruValues[8],
    fsRead: ruValues[9],
    fsWrite: ruValues[10],
    ipcSent: ruValues[11],
    ipcReceived: ruValues[12],
    signalsCount: ruValues[13],
    voluntaryContextSwitches: ruValues[14],
    involuntaryContextSwitches: ruValues[15],
  };
}

function kill(pid, sig) {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
  }
  let signum;
  if (sig === (sig | 0)) {
    signum = sig;
  } else {
    if (sig === undefined) sig = 'SIGTERM';
    signum = signals[sig];
    if (signum === undefined) {
      throw new (lazyErrors().codes.ERR_UNKNOWN_SIGNAL)(sig);
    }
  }
  const err = binding.kill(pid, signum);
  if (err) throw lazyErrors().ErrnoException(err, 'kill');
  return true;
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  if (require('internal/process/flag_state').traceExit) {
    // --trace-exit: where the program called process.exit()
    const stack = new Error().stack.split('\n').slice(1).join('\n');
    process._rawDebug(`(node:${process.pid}) WARNING: Exited the environment with code ` +
                      `${process.exitCode || 0}\n${stack}`);
  }
  binding.reallyExit(process.exitCode || 0);
}

function cwd() {
  const r = binding.cwd();
  if (typeof r === 'number') throw uvError(r, 'uv_cwd');
  return r;
}

function chdir(directory) {
  lazyValidators().validateString(directory, 'directory');
  const err = binding.chdir(directory);
  if (err) throw uvError(err, 'chdir', cwd(), directory);
}

function umask(mask) {
  if (mask === undefined) return binding.umask(undefined);
  mask = lazyValidators().parseFileMode(mask, 'mask');
  return binding.umask(mask);
}

function wrapIdSetter(name, syscall, isGroup) {
  return function setId(id) {
    const { validateUint32, validateString } = lazyValidators();
    if (typeof id === 'number') {
      validateUint32(id, 'id');
    } else {
      validateString(id, 'id');
    }
    const r = binding[name](id);
    if (r === 1) {
      throw new (lazyErrors().codes.ERR_UNKNOWN_CREDENTIAL)(isGroup ? 'Group' : 'User', id);
    }
    if (r < 0) throw lazyErrors().ErrnoException(r, syscall);
  };
}

function setgroups(groups) {
  const { validateArray } = lazyValidators();
  validateArray(groups, 'groups');
  const r = binding.setgroups(groups);
  if (r > 0) {
    throw new (lazyErrors().codes.ERR_UNKNOWN_CREDENTIAL)('Group', groups[r - 1]);
  }
  if (r < 0) throw lazyErrors().ErrnoException(r, 'setgroups');
}

module.exports = {
  hrtime,
  memoryUsage,
  cpuUsage,
  resourceUsage,
  kill,
  exit,
  cwd,
  chdir,
  umask,
  setuid: wrapIdSetter('setuid', 'setuid', false),
  seteuid: wrapIdSetter('seteuid', 'seteuid', false),
  setgid: wrapIdSetter('setgid', 'setgid', true),
  setegid: wrapIdSetter('setegid', 'setegid', true),
  setgroups,
};
