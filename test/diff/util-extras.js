const util = require('util');
console.log(Object.keys(util).join(','));
console.log(util.parseEnv('A=1\n# c\nB="x y"\nexport C=3\nD=\'q\'\nE=v # c\nA=2\n'));
function f() { return util.getCallSites(2).map((s) => [s.functionName, require('path').basename(s.scriptName), s.lineNumber, s.column]); }
console.log(f());
const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
ac.abort();
util.aborted({}, {}).catch((e) => console.log(e.code, e.message));
console.log(util.transferableAbortSignal(ac.signal) === ac.signal, util.transferableAbortController() instanceof AbortController);
util.setTraceSigInt(false);
try { util.setTraceSigInt(1); } catch (e) { console.log(e.code); }
try { util.parseEnv(1); } catch (e) { console.log(e.code); }
