const path = require('path');
const before = process.cwd();
process.chdir('/');
console.log(process.cwd());
try {
  process.chdir('/definitely/not/here');
} catch (e) {
  console.log(e.code, e.syscall, e.message.replace(before, '<cwd>').replace('/', '/'));
}
try {
  process.chdir(5);
} catch (e) {
  console.log(e.code, e.message);
}
process.chdir(before);
console.log(process.cwd() === before);
