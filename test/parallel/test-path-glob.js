'use strict';
// path.matchesGlob(): [path, pattern, posix result, win32 result], recorded
// from Node 22.
require('../common');
const assert = require('assert');
const path = require('path');

const cases = [
  ["a/b.js","**/*.js",true,true],
  ["b.js","**/*.js",true,true],
  [".a/b.js","**/*.js",false,false],
  ["a/.b.js","**/*.js",false,false],
  ["a/.b.js","**/.*.js",true,true],
  [".a","*",false,false],
  [".a",".*",true,true],
  [".","*",false,false],
  ["..",".*",false,false],
  ["a/./b","a/*/b",false,false],
  ["a/../b","a/**/b",false,false],
  ["a//b","a/b",true,true],
  ["a/b/","a/b",true,true],
  ["a/b","a/b/",false,false],
  ["/a","/*",true,true],
  ["/a","*",false,false],
  ["a","./a",false,false],
  ["./a","a",false,false],
  ["./a","./a",true,true],
  ["a/b","a/c/../b",true,true],
  ["a/c/../b","a/b",true,true],
  ["a/./b","a/b",true,true],
  ["a/b/.","a/b",false,false],
  [".","./.",true,true],
  ["!a","!a",true,true],
  ["b","!a",false,false],
  ["#a","#a",true,true],
  ["a\\b","a/b",false,true],
  ["a/b","a\\b",true,true],
  ["a*","a\\*",false,false],
  ["a","{a,b}",true,true],
  ["c","{a,b}",false,false],
  ["a3","a{1..5}",true,true],
  ["a6","a{1..5}",false,false],
  ["ab","a{b,c{d,e}}",true,true],
  ["acd","a{b,c{d,e}}",true,true],
  ["05","{01..10}",true,true],
  ["5","{01..10}",false,false],
  ["3","{1..10..2}",true,true],
  ["4","{1..10..2}",false,false],
  ["c","{a..e}",true,true],
  ["a..b","{a..b}",false,false],
  ["{a}","{a}",true,true],
  ["a","{a}",false,false],
  ["a","{,a}",true,true],
  ["","{,a}",false,false],
  ["a","a{,b}",true,true],
  ["{}","{}",true,true],
  ["{a,b","{a,b",true,true],
  ["a}","{a,b}}",true,true],
  ["x","[a-z]",true,true],
  ["X","[a-z]",false,false],
  ["x","[!a-z]",false,false],
  ["x","[^a-z]",false,false],
  ["x","[[:alpha:]]",true,true],
  ["1","[[:digit:]x]",true,true],
  ["]","[]]",true,true],
  ["-","[a-]",true,true],
  ["*","[*]",true,true],
  [".a","[.]a",true,true],
  ["a/b","a[/]b",false,false],
  ["[a","[a",true,true],
  ["[abc","[a*",true,true],
  ["ab","@(ab|cd)",true,true],
  ["abab","+(ab)",true,true],
  ["","*(ab)",true,true],
  ["x","!(ab)",true,true],
  ["ab","!(ab)",false,false],
  ["a.js","!(*.ts)",true,true],
  ["a.ts","!(*.ts)",false,false],
  ["abd","a+(b|c)d",true,true],
  ["abcbd","a+(b|c)d",true,true],
  ["ax","a?(x)",true,true],
  [".a","@(.a)",true,true],
  [".a","?a",false,false],
  ["a/b","a/**",true,true],
  ["a","a/**",false,false],
  ["a/","a/**",true,true],
  ["a/.b","a/**",false,false],
  ["abc","a?c",true,true],
  ["a/c","a?c",false,false],
  ["a","**",true,true],
  ["","",true,true],
  ["","*",false,false],
  ["a,b","{a,b}",false,false],
  ["A","a",false,false],
  ["x/y/z","x/**/z",true,true],
  ["x/z","x/**/z",true,true],
  ["x/.y/z","x/**/z",false,false],
  ["x/y/z","**/z",true,true],
  ["x/.y","**",false,false],
  ["src/lib/util.test.js","src/**/*.test.{js,ts}",true,true],
  ["src/lib/util.test.tsx","src/**/*.test.{js,ts}",false,false],
  ["/","/",true,true],
  ["/","*",false,false],
  ["//a","/a",true,false],
  ["\u00e9","?",true,true],
  ["\u65e5\u672c","??",true,true],
  ["a+b","a+b",true,true],
  ["a(b","a(b",true,true],
  ["ab","a@(b",false,false],
  ["a$b","a$b",true,true],
];
const windowsOnly = [
  ["C:\\a\\b.js","C:/**/*.js",true],
  ["c:/a","C:/a",true],
  ["C:/a","c:/*",true],
  ["a\\b","a/b",true],
  ["A\\b.JS","a/*.js",false],
  ["\\\\srv\\share\\f","//srv/share/*",true],
  ["\\/,","\\*",false],
];

let failures = 0;
function check(flavour, p, g, expected) {
  const actual = path[flavour].matchesGlob(p, g);
  if (actual !== expected) {
    failures++;
    console.error(`path.${flavour}.matchesGlob(${JSON.stringify(p)}, ${JSON.stringify(g)}) = ${actual}`);
  }
}
for (const [p, g, posix, win32] of cases) {
  check('posix', p, g, posix);
  check('win32', p, g, win32);
}
for (const [p, g, win32] of windowsOnly) check('win32', p, g, win32);
assert.strictEqual(failures, 0);
assert.strictEqual(path.matchesGlob, path.posix.matchesGlob);
