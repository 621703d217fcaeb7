'use strict';
// Source maps for loaded modules (--enable-source-maps / process.setSourceMapsEnabled): the map
// a module names in its last `//# sourceMappingURL=` comment (a data: URL or a file next to it) is
// read when the module is compiled, and error stacks show the original positions.

const path = require('path');

let enabled = false;
const cache = new Map();  // filename or URL -> { url, data, sourceMap (lazy) }

function getSourceMapsEnabled() {
  return enabled;
}

function setSourceMapsEnabled(value) {
  enabled = !!value;
  internalBinding('errors').setPrepareStackTraceCallback(enabled ? prepareStackTrace : undefined);
}

const kMappingURL = /\/[*/][#@]\s*sourceMappingURL=(?<url>[^\s'"]+)\s*(?:\*\/\s*)?$/;

function findMappingURL(content) {
  // The last such comment wins; scan from the end.
  let end = content.length;
  for (let tries = 0; tries < 64 && end > 0; tries++) {
    const nl = content.lastIndexOf('\n', end - 1);
    const line = content.slice(nl + 1, end).trim();
    end = nl < 0 ? 0 : nl;
    if (line === '') continue;
    const m = kMappingURL.exec(line);
    if (m) return m.groups.url;
    if (!line.startsWith('//') && !line.startsWith('/*')) return undefined;
  }
  return undefined;
}

function toURL(filename) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(filename) && !path.isAbsolute(filename)) return filename;
  return require('internal/url').pathToFileURL(filename).href;
}

function readMap(url, baseURL) {
  if (url.startsWith('data:')) {
    const comma = url.indexOf(',');
    if (comma < 0) return undefined;
    const meta = url.slice(5, comma);
    const body = url.slice(comma + 1);
    const text = meta.endsWith(';base64') ? Buffer.from(body, 'base64').toString('utf8')
      : decodeURIComponent(body);
    return { url: null, data: JSON.parse(text) };
  }
  const { URL, fileURLToPath } = require('internal/url');
  const resolved = new URL(url, baseURL);
  if (resolved.protocol !== 'file:') return undefined;
  const text = require('fs').readFileSync(fileURLToPath(resolved), 'utf8');
  return { url: resolved.href, data: JSON.parse(text) };
}

// Called by the loaders with each module's source (CommonJS: the file name; ES: the URL).
function maybeCacheSourceMap(filename, content) {
  if (!enabled || typeof content !== 'string') return;
  const url = findMappingURL(content);
  if (url === undefined) return;
  const moduleURL = toURL(filename);
  let map;
  try {
    map = readMap(url, moduleURL);
  } catch {
    return;  // unreadable or invalid maps are ignored, as in node
  }
  if (map === undefined || map.data === null || typeof map.data !== 'object') return;
  const entry = { moduleURL, mapURL: map.url ?? moduleURL, data: map.data, sourceMap: undefined };
  cache.set(filename, entry);
  cache.set(moduleURL, entry);
}

function resolveSources(entry) {
  const { URL } = require('internal/url');
  const fix = (m) => {
    if (!Array.isArray(m.sources)) return m;
    const root = m.sourceRoot ? `${m.sourceRoot}${m.sourceRoot.endsWith('/') ? '' : '/'}` : '';
    return {
      ...m,
      sourceRoot: undefined,
      sources: m.sources.map((s) => {
        try {
          return new URL(`${root}${s}`, entry.mapURL).href;
        } catch {
          return s;
        }
      }),
    };
  };
  const data = entry.data;
  if (Array.isArray(data.sections)) {
    return { ...data, sections: data.sections.map((s) => ({ ...s, map: fix(s.map) })) };
  }
  return fix(data);
}

function findSourceMap(sourceURL) {
  if (typeof sourceURL !== 'string') return undefined;
  const entry = cache.get(sourceURL) ?? cache.get(toURL(sourceURL));
  if (entry === undefined) return undefined;
  if (entry.sourceMap === undefined) {
    const { SourceMap } = require('internal/source_map/source_map');
    entry.sourceMap = new SourceMap(resolveSources(entry));
  }
  return entry.sourceMap;
}

function originalPath(source) {
  if (source.startsWith('file://')) {
    try {
      return require('internal/url').fileURLToPath(source);
    } catch {
      return source;
    }
  }
  return source;
}

// V8's PrepareStackTrace hook while source maps are on: Error.prepareStackTrace still wins;
// otherwise V8's format, with each frame of a mapped file at its original position.
function prepareStackTrace(globalThis, error, trace) {
  const user = globalThis.Error?.prepareStackTrace;
  if (typeof user === 'function') return user(error, trace);
  let header;
  try {
    header = error === null || error === undefined ? `${error}` : Error.prototype.toString.call(error);
  } catch {
    header = '<error>';
  }
  if (trace.length === 0) return header;
  const lines = [header];
  for (let i = 0; i < trace.length; i++) {
    const site = trace[i];
    lines.push(`    at ${mapCallSite(site, trace, i)}`);
  }
  return lines.join('\n');
}

function mapCallSite(site, trace, index) {
  const fileName = site.getFileName?.() ?? site.getScriptNameOrSourceURL?.();
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  const sm = fileName ? findSourceMap(fileName) : undefined;
  if (sm === undefined || line === null || column === null) return `${site}`;
  const entry = sm.findEntry(line - 1, column - 1);
  if (entry.originalSource === undefined) return `${site}`;
  const fnName = site.getFunctionName() ?? site.getMethodName?.();
  const typeName = site.getTypeName?.();
  const prefix = typeName && typeName !== 'global' && !site.isToplevel?.() ? `${typeName}.` : '';
  let name = `${prefix}${fnName || '<anonymous>'}`;
  // The frame that called into this one names the function as written in the original.
  const caller = trace[index + 1];
  if (caller) {
    const callerFile = caller.getFileName?.();
    const callerMap = callerFile ? findSourceMap(callerFile) : undefined;
    if (callerMap) {
      const callEntry = callerMap.findEntry(caller.getLineNumber() - 1, caller.getColumnNumber() - 1);
      if (callEntry.name) name = callEntry.name;
    }
  }
  const where = `${originalPath(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  return `${site.isAsync?.() ? 'async ' : ''}${name} (${where})`;
}

// "file:line\nsource line\n   ^^^\n" of the generated code -> the same for the original.
function mapArrow(arrow) {
  const m = /^(.*):(\d+)\n(.*)\n( *)\^/.exec(arrow);
  if (m === null) return arrow;
  const sm = findSourceMap(m[1]);
  if (sm === undefined) return arrow;
  const entry = sm.findEntry(Number(m[2]) - 1, m[4].length);
  if (entry.originalSource === undefined) return arrow;
  // The map's payload already has its sources resolved (findSourceMap): find the original's
  // text there, or read its file.
  let text;
  const payload = sm.payload;
  const index = Array.isArray(payload.sources) ? payload.sources.indexOf(entry.originalSource) : -1;
  if (index >= 0 && Array.isArray(payload.sourcesContent) && typeof payload.sourcesContent[index] === 'string') {
    text = payload.sourcesContent[index];
  } else {
    text = require('fs').readFileSync(originalPath(entry.originalSource), 'utf8');
  }
  const line = text.split(/\r?\n/)[entry.originalLine];
  if (line === undefined) return arrow;
  return `${originalPath(entry.originalSource)}:${entry.originalLine + 1}\n${line}\n${' '.repeat(entry.originalColumn)}^\n`;
}

module.exports = {
  findSourceMap,
  mapArrow,
  getSourceMapsEnabled,
  maybeCacheSourceMap,
  setSourceMapsEnabled,
};
