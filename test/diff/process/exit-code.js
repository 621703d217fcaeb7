console.log(process.exitCode);
process.exitCode = 4;
console.log(process.exitCode);
for (const bad of ['abc', 1.5, {}, true]) {
  try {
    process.exitCode = bad;
    console.log('accepted', bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
process.exitCode = undefined;
console.log(process.exitCode);
process.exitCode = 3;
