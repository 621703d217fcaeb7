'use strict';
// node:constants (deprecated in the documentation only; graceful-fs and other old packages load
// it): the os (dlopen, errno, priority, signals), fs and crypto constants in one frozen object.
const { os } = internalBinding('constants');
const { constants: fs } = require('internal/fs/utils');
const crypto = { ...internalBinding('crypto').constants };
// crypto.constants gains the default cipher list; this module never had it.
delete crypto.defaultCipherList;
Object.assign(module.exports, os.dlopen, os.errno, os.priority, os.signals, fs, crypto);
Object.freeze(module.exports);
