'use strict';
// A timer created by a promise continuation of a timer callback (setTimeout after an await) runs
// at its own time, not when the next timer already pending (a long one here) comes due.
const common = require('../common');

const long = setTimeout(common.mustNotCall('the long timer runs first'), 10 * 60 * 1000);
setTimeout(common.mustCall(() => {
  Promise.resolve().then(common.mustCall(() => {
    setTimeout(common.mustCall(() => clearTimeout(long)), 1);
  }));
}), 1);
