// An error thrown while evaluating the entry.
console.log('start');
throw new TypeError('bad things');
