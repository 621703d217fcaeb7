process.nextTick((a, b, c, d, e) => console.log(a, b, c, d, e), 1, 'two', [3], { four: 4 }, null);
process.nextTick(function () { console.log('this is', this === undefined ? 'undefined' : typeof this); });
for (const bad of [undefined, 1, 'x']) {
  try {
    process.nextTick(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
