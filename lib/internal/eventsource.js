'use strict';
// The WHATWG EventSource (server-sent events), a global only with --experimental-eventsource,
// as in node 22: the text/event-stream parser, reconnection after the stream ends (the `retry:`
// field, Last-Event-ID), over our own fetch. Where node 22's EventSource departs from the HTML
// spec, this follows node: an empty `id:` or `event:` leaves the previous value, `retry:` takes
// effect when its event is dispatched, the events of one chunk are all dispatched even if a
// listener closes the source, and a network error fires 'error' twice before CLOSED.

const { Event, EventTarget } = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const { MessageEvent } = require('internal/worker/io');
const { fetch, kRawHeaderList, kBadPorts } = require('internal/fetch/index');

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;

const kDefaultReconnectionTime = 3000;
const kDigits = /^[0-9]+$/;

let warned = false;

function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

// The MIME type's essence: type/subtype, lower-cased, parameters dropped.
function essence(contentType) {
  if (contentType === null) return '';
  const semi = contentType.indexOf(';');
  return (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}

// For close() while connecting: 0 when node's fetch would be making a connection; otherwise the
// microtask at which its abort is reported (a bad port, a scheme it does not fetch).
function failsAtOnce(href) {
  const url = new URL(href);
  if (url.protocol === 'http:' || url.protocol === 'https:') return kBadPorts.has(Number(url.port)) ? 2 : 0;
  return url.protocol === 'data:' ? 0 : 4;
}

// The class is named _EventSource inside (so a call without `new` says so, as node's does) and
// EventSource outside.
class _EventSource extends EventTarget {
  #events = { open: null, error: null, message: null };
  #url;
  #withCredentials = false;
  #readyState = CONNECTING;
  #controller = null;    // the AbortController of the fetch in progress
  #fetching = false;     // no response yet
  #timer = null;         // the reconnection delay
  #origin = '';
  #lastEventId = '';
  #reconnectionTime = kDefaultReconnectionTime;
  // The parser: the unfinished line, a CR seen at the end of the last chunk, the event's fields.
  #line = '';
  #skipLF = false;
  #event = null;

  constructor(url, eventSourceInitDict = undefined) {
    if (arguments.length === 0) {
      throw new TypeError('EventSource constructor: 1 argument required, but 0 found.');
    }
    super();
    if (!warned) {
      warned = true;
      process.emitWarning('EventSource is experimental, expect them to change at any time.',
                          { code: 'UNDICI-ES' });
    }
    url = `${url}`;
    const init = eventSourceInitDict;
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError(`EventSource constructor: Expected ${init} to be one of: Null, Undefined, Object.`);
    }
    if (init !== undefined && init !== null) {
      this.#withCredentials = !!init.withCredentials;
      // node reads undici's `dispatcher` too; nodus's fetch has none.
      void init.dispatcher;
    }
    let parsed;
    try {
      parsed = new URL(url);
    } catch (err) {
      throw new DOMException(`${err.name}: ${err.message}`, 'SyntaxError');
    }
    this.#url = parsed.href;
    this.#connect();
  }

  get readyState() { return this.#readyState; }
  get url() { return this.#url; }
  get withCredentials() { return this.#withCredentials; }

  close() {
    if (this === null || typeof this !== 'object' || !(#readyState in this)) throw illegalInvocation();
    if (this.#readyState === CLOSED) return;
    this.#readyState = CLOSED;
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (this.#controller !== null) {
      const controller = this.#controller;
      this.#controller = null;
      if (this.#fetching) {
        this.#fetching = false;
        const hops = failsAtOnce(this.#url);
        if (hops === 0) {
          setImmediate(() => this.#failed());
        } else {
          // A fetch that was failing anyway reports the abort once, a few microtasks later.
          let p = Promise.resolve();
          for (let i = 1; i < hops; i++) p = p.then();
          p.then(() => this.dispatchEvent(new Event('error')));
        }
      }
      controller.abort();
    }
  }

  get onopen() { return this.#events.open; }
  set onopen(fn) { this.#setHandler('open', fn); }
  get onmessage() { return this.#events.message; }
  set onmessage(fn) { this.#setHandler('message', fn); }
  get onerror() { return this.#events.error; }
  set onerror(fn) { this.#setHandler('error', fn); }

  // A handler set again moves to the end of the listeners; anything but a function clears it.
  #setHandler(type, fn) {
    if (this.#events[type] !== null) this.removeEventListener(type, this.#events[type]);
    if (typeof fn === 'function') {
      this.#events[type] = fn;
      this.addEventListener(type, fn);
    } else {
      this.#events[type] = null;
    }
  }

  #connect() {
    const controller = new AbortController();
    this.#controller = controller;
    const headers = [['accept', 'text/event-stream'], ['accept-language', '*']];
    if (this.#lastEventId !== '') headers.push(['last-event-id', this.#lastEventId]);
    headers.push(['sec-fetch-mode', 'cors'], ['user-agent', 'node'], ['pragma', 'no-cache'],
                 ['cache-control', 'no-cache']);
    this.#fetching = true;
    fetch(this.#url, { headers, signal: controller.signal, [kRawHeaderList]: true }).then(
      (response) => {
        if (controller === this.#controller) this.#fetching = false;
        return this.#onResponse(response, controller);
      },
      () => this.#onNetworkError(controller));
  }

  // A failed fetch (refused, a bad scheme, or close() while connecting): 'error', then once
  // more a microtask later, and the source is closed. After close() node's fetch reports the
  // abort when the connection is torn down, a turn of the loop later: so does close().
  #onNetworkError(controller) {
    if (controller !== this.#controller) return;
    this.#controller = null;
    this.#fetching = false;
    // node's fetch reports a scheme it does not fetch two microtasks later than nodus's.
    if (failsAtOnce(this.#url) === 4) Promise.resolve().then().then(() => this.#failed());
    else this.#failed();
  }

  #failed() {
    this.dispatchEvent(new Event('error'));
    queueMicrotask(() => {
      this.dispatchEvent(new Event('error'));
      this.#readyState = CLOSED;
    });
  }

  async #onResponse(response, controller) {
    if (controller !== this.#controller || this.#readyState === CLOSED) return;
    if (response.status !== 200 || essence(response.headers.get('content-type')) !== 'text/event-stream') {
      // Fail the connection: no reconnection.
      this.#controller = null;
      controller.abort();
      this.#readyState = CLOSED;
      this.dispatchEvent(new Event('error'));
      return;
    }
    this.#origin = new URL(response.url).origin;
    this.#line = '';
    this.#skipLF = false;
    this.#event = null;
    this.#readyState = OPEN;
    this.dispatchEvent(new Event('open'));
    if (this.#readyState === CLOSED) return;
    if (response.body !== null) {
      const reader = response.body.getReader();
      const decoder = new TextDecoder();  // UTF-8; drops one leading BOM
      for (;;) {
        let chunk;
        try {
          chunk = await reader.read();
        } catch {
          break;  // the connection broke: reconnect, as at the end of the stream
        }
        if (this.#readyState === CLOSED) return;
        if (chunk.done) break;
        this.#parse(decoder.decode(chunk.value, { stream: true }));
        if (this.#readyState === CLOSED) return;
      }
      if (this.#readyState === CLOSED) return;
    }
    // Reestablish the connection after the delay (an unfinished event is dropped). node sees the
    // end of the body a tick later (after errors thrown by listeners are reported).
    await new Promise((resolve) => process.nextTick(resolve));
    if (this.#readyState === CLOSED) return;
    this.#controller = null;
    this.#readyState = CONNECTING;
    this.dispatchEvent(new Event('error'));
    if (this.#readyState !== CONNECTING) return;
    // As in node, waiting to reconnect does not keep the process alive.
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.#readyState === CONNECTING) this.#connect();
    }, this.#reconnectionTime);
    this.#timer.unref();
  }

  // Lines end at CRLF, LF or CR; a CR ending one chunk may have its LF in the next.
  #parse(text) {
    if (text.length === 0) return;
    let start = 0;
    if (this.#skipLF) {
      this.#skipLF = false;
      if (text.charCodeAt(0) === 10) start = 1;
    }
    const length = text.length;
    for (let i = start; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const line = this.#line + text.slice(start, i);
      this.#line = '';
      if (c === 13) {
        if (i + 1 === length) this.#skipLF = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
      this.#processLine(line);
    }
    if (start < length) this.#line += text.slice(start);
  }

  #processLine(line) {
    if (line.length === 0) {
      this.#dispatch();
      return;
    }
    const colon = line.indexOf(':');
    if (colon === 0) return;  // a comment
    let field = line;
    let value = '';
    if (colon !== -1) {
      field = line.slice(0, colon);
      value = line.slice(line.charCodeAt(colon + 1) === 32 ? colon + 2 : colon + 1);
    }
    const event = this.#event ??= { data: undefined, type: '', id: '', retry: '' };
    switch (field) {
      case 'data':
        event.data = event.data === undefined ? value : `${event.data}\n${value}`;
        break;
      case 'event':
        if (value !== '') event.type = value;
        break;
      case 'id':
        if (!value.includes('\0')) event.id = value;
        break;
      case 'retry':
        if (kDigits.test(value)) event.retry = value;
        break;
      default:
        break;
    }
  }

  #dispatch() {
    const event = this.#event;
    this.#event = null;
    if (event === null) return;
    if (event.retry !== '') this.#reconnectionTime = parseInt(event.retry, 10);
    if (event.id !== '') this.#lastEventId = event.id;
    if (event.data === undefined) return;
    this.dispatchEvent(new MessageEvent(event.type || 'message', {
      data: event.data, lastEventId: this.#lastEventId, origin: this.#origin,
    }));
  }
}

Object.defineProperty(_EventSource, 'name', { value: 'EventSource' });
for (const name of ['readyState', 'url', 'withCredentials', 'close', 'onopen', 'onmessage', 'onerror']) {
  Object.defineProperty(_EventSource.prototype, name, { enumerable: true });
}
for (const target of [_EventSource, _EventSource.prototype]) {
  Object.defineProperties(target, {
    CONNECTING: { value: CONNECTING, enumerable: true },
    OPEN: { value: OPEN, enumerable: true },
    CLOSED: { value: CLOSED, enumerable: true },
  });
}

module.exports = { EventSource: _EventSource };
