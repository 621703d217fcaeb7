'use strict';
// The `navigator` global (node 21+): hardwareConcurrency, language(s), platform, userAgent.
const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

const kConstruct = Symbol('kConstruct');
const kLanguage = Symbol('kLanguage');
const kPlatformNames = { linux: 'Linux', darwin: 'Darwin', win32: 'Win32', freebsd: 'FreeBSD',
  openbsd: 'OpenBSD', sunos: 'SunOS', aix: 'AIX' };
const kArchNames = { x64: 'x86_64', ia32: 'i686', arm64: 'aarch64' };

class Navigator {
  constructor(token = undefined) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() { return require('os').availableParallelism(); }

  get language() {
    if (this[kLanguage] === undefined) {
      // ICU's default locale (from LANG/LC_*), 'und' when there is none, as in node.
      const locale = new Intl.DateTimeFormat().resolvedOptions().locale;
      const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
      this[kLanguage] = env ? locale : 'und';
    }
    return this[kLanguage];
  }

  get languages() { return [this.language]; }

  get userAgent() { return `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`; }

  get platform() {
    const os = kPlatformNames[process.platform] ?? process.platform;
    return `${os} ${kArchNames[process.arch] ?? process.arch}`;
  }
}
for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, name, { enumerable: true });
}

const navigator = new Navigator(kConstruct);

module.exports = { Navigator, navigator };
