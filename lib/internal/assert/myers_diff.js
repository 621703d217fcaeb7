'use strict';

// Line diff for AssertionError messages (Myers' O(ND) algorithm), written
// for nodus. `actual` lines are reported as insertions (+), `expected`
// lines as deletions (-).

const kCollapseAfter = 5;

// Returns a list of [op, line] in display order, op one of 'nop', 'insert',
// 'delete'.
function myersDiff(actual, expected, checkComma) {
  // With checkComma, lines that differ only by a trailing comma (the last
  // property of one object) count as equal.
  const same = (a, b) => a === b ||
    (checkComma && (`${a},` === b || a === `${b},`));
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];

  outer:
  for (let d = 0; d <= max; d++) {
    // Keep the frontier before step d; diagonals -d-1..d+1 are read back.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) {
        x = v[offset + k + 1];
      } else {
        x = v[offset + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && same(actual[x], expected[y])) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }

  // Walk back through the recorded frontiers.
  const result = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    let prevK;
    if (k === -d || (k !== d && vd[k + d] < vd[k + d + 2])) {
      prevK = k + 1;
    } else {
      prevK = k - 1;
    }
    const prevX = vd[prevK + d + 1];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      result.push(['nop', actual[x].length >= expected[y].length ? actual[x] : expected[y]]);
    }
    if (d > 0) {
      if (x === prevX) {
        y--;
        result.push(['delete', expected[y]]);
      } else {
        x--;
        result.push(['insert', actual[x]]);
      }
    }
    x = prevX;
    y = prevY;
  }
  result.reverse();
  return result;
}

// Formats a diff; long runs of unchanged lines are collapsed. With colours
// a partial comparison shows the extra lines of `actual` in grey, without
// the "+".
function printMyersDiff(diff, colors, partial) {
  const { green, red, white, blue, gray } = colors;
  const insertPrefix = partial && colors.hasColors ? `${gray} ` : `${green}+${white}`;
  const insertSuffix = partial && colors.hasColors ? white : '';
  let out = '';
  let skipped = false;
  let nops = 0;
  for (let i = 0; i < diff.length; i++) {
    const op = diff[i][0];
    const line = diff[i][1];
    if (op !== 'nop' && nops > 0) {
      // A run of unchanged lines ends: show its tail next to the change.
      if (nops === kCollapseAfter + 1) {
        out += `${white}  ${diff[i - 1][1]}\n`;
      } else if (nops === kCollapseAfter + 2) {
        out += `${white}  ${diff[i - 2][1]}\n${white}  ${diff[i - 1][1]}\n`;
      } else if (nops >= kCollapseAfter + 3) {
        out += `${blue}...${white}\n${white}  ${diff[i - 1][1]}\n`;
        skipped = true;
      }
      nops = 0;
    }
    if (op === 'insert') {
      out += `${insertPrefix} ${line}${insertSuffix}\n`;
    } else if (op === 'delete') {
      out += `${red}-${white} ${line}\n`;
    } else {
      if (nops < kCollapseAfter) out += `${white}  ${line}\n`;
      nops++;
    }
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff };
