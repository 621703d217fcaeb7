'use strict';
// SourceMap (module.SourceMap): Source Map v3 payloads, plain and indexed ("sections"), with
// findEntry (0-based generated position -> original) and findOrigin (1-based).

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kDigit = new Int8Array(128).fill(-1);
for (let i = 0; i < kBase64.length; i++) kDigit[kBase64.charCodeAt(i)] = i;

// Decodes the "mappings" string into entries sorted by generated position:
// [generatedLine, generatedColumn, sourceIndex, originalLine, originalColumn, nameIndex].
function decodeMappings(mappings, lineOffset, columnOffset, sourceBase, nameBase, out) {
  let line = 0;
  let column = 0;
  let source = 0;
  let origLine = 0;
  let origColumn = 0;
  let name = 0;
  let i = 0;
  const len = mappings.length;
  const fields = [0, 0, 0, 0, 0];
  while (i < len) {
    const c = mappings.charCodeAt(i);
    if (c === 59 /* ; */) {
      line++;
      column = 0;
      i++;
      continue;
    }
    if (c === 44 /* , */) {
      i++;
      continue;
    }
    let n = 0;
    while (i < len && mappings.charCodeAt(i) !== 44 && mappings.charCodeAt(i) !== 59) {
      let value = 0;
      let shift = 0;
      let digit;
      do {
        const code = mappings.charCodeAt(i++);
        digit = code < 128 ? kDigit[code] : -1;
        if (digit < 0) return;  // malformed: keep what was decoded
        value += (digit & 31) * 2 ** shift;
        shift += 5;
      } while (digit & 32);
      const negative = value % 2 === 1;
      value = Math.floor(value / 2);
      if (n < 5) fields[n++] = negative ? -value : value;
    }
    column += fields[0];
    const genLine = line + lineOffset;
    const genColumn = line === 0 ? column + columnOffset : column;
    if (n >= 4) {
      source += fields[1];
      origLine += fields[2];
      origColumn += fields[3];
      let nameIndex;
      if (n >= 5) {
        name += fields[4];
        nameIndex = name + nameBase;
      }
      out.push([genLine, genColumn, source + sourceBase, origLine, origColumn, nameIndex]);
    } else {
      out.push([genLine, genColumn]);
    }
  }
}

function resolveSource(sourceRoot, source) {
  const s = `${sourceRoot || ''}${source}`;
  return s;
}

class SourceMap {
  #payload;
  #entries = [];
  #sources = [];
  #names = [];
  #lineLengths;

  constructor(payload, { lineLengths } = {}) {
    if (payload === null || typeof payload !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('payload', 'Object', payload);
    }
    this.#payload = cloneSourceMapV3(payload);
    if (lineLengths !== undefined) this.#lineLengths = lineLengths;
    if (Array.isArray(payload.sections)) {
      for (const section of payload.sections) this.#addMap(section.map, section.offset.line, section.offset.column);
    } else {
      this.#addMap(payload, 0, 0);
    }
    this.#entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }

  #addMap(map, lineOffset, columnOffset) {
    const sourceBase = this.#sources.length;
    const nameBase = this.#names.length;
    const sources = Array.isArray(map.sources) ? map.sources : [];
    for (const s of sources) this.#sources.push(resolveSource(map.sourceRoot, s));
    if (Array.isArray(map.names)) for (const n of map.names) this.#names.push(n);
    if (typeof map.mappings === 'string') {
      decodeMappings(map.mappings, lineOffset, columnOffset, sourceBase, nameBase, this.#entries);
    }
  }

  get payload() {
    return cloneSourceMapV3(this.#payload);
  }

  get lineLengths() {
    return this.#lineLengths;
  }

  // The mapping at or before (line, column), both 0-based; {} when there is none.
  findEntry(lineOffset, columnOffset) {
    const entries = this.#entries;
    let lo = 0;
    let hi = entries.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = entries[mid];
      if (e[0] < lineOffset || (e[0] === lineOffset && e[1] <= columnOffset)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) return {};
    // A mapping on an earlier line still covers this position, as node's lookup does.
    const e = entries[found];
    if (e.length < 3) return {};
    return {
      generatedLine: e[0],
      generatedColumn: e[1],
      originalSource: this.#sources[e[2]],
      originalLine: e[3],
      originalColumn: e[4],
      name: e[5] !== undefined ? this.#names[e[5]] : undefined,
    };
  }

  // 1-based positions: { name, fileName, lineNumber, columnNumber } or {}.
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.originalSource === undefined) return {};
    const lineOffset = lineNumber - 1 - entry.generatedLine;
    const columnOffset = columnNumber - 1 - entry.generatedColumn;
    return {
      name: entry.name,
      fileName: entry.originalSource,
      lineNumber: entry.originalLine + 1 + lineOffset,
      columnNumber: entry.originalColumn + 1 + (lineOffset === 0 ? columnOffset : 0),
    };
  }
}

function cloneSourceMapV3(payload) {
  const out = { ...payload };
  for (const key of ['sources', 'sourcesContent', 'names']) {
    if (Array.isArray(payload[key])) out[key] = [...payload[key]];
  }
  if (Array.isArray(payload.sections)) {
    out.sections = payload.sections.map((s) => ({ ...s, map: cloneSourceMapV3(s.map) }));
  }
  return out;
}

module.exports = { SourceMap };
