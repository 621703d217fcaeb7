'use strict';
// The two IPC wire formats, as node writes them:
//  json:     JSON.stringify(message) + '\n' per message;
//  advanced: a 4-byte big-endian length, then the V8 serializer's bytes (header + value), with
//            ArrayBufferViews written as host objects the way node's v8.DefaultSerializer does
//            (one piece with node:v8: lib/v8.js and internalBinding('serdes')).

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');

// node's 'advanced' format: v8.DefaultSerializer's bytes, each host object preceded by a
// uint32 kind (0: an ArrayBufferView in DefaultSerializer's layout).
let ChildProcessSerializer;
let ChildProcessDeserializer;
function serdes() {
  if (ChildProcessSerializer !== undefined) return;
  const { DefaultSerializer, DefaultDeserializer } = require('v8');
  ChildProcessSerializer = class extends DefaultSerializer {
    _writeHostObject(object) {
      if (ArrayBuffer.isView(object)) {
        this.writeUint32(0);
        return super._writeHostObject(object);
      }
      throw new this._getDataCloneError('Unserializable host object');
    }
  };
  ChildProcessDeserializer = class extends DefaultDeserializer {
    _readHostObject() {
      const kind = this.readUint32();
      if (kind === 0) return super._readHostObject();
      throw new Error('Unable to deserialize cloned data.');
    }
  };
}

function serializeMessage(message) {
  serdes();
  const ser = new ChildProcessSerializer();
  ser.writeHeader();
  ser.writeValue(message);
  return ser.releaseBuffer();
}

function deserializeMessage(body) {
  serdes();
  const des = new ChildProcessDeserializer(body);
  des.readHeader();
  return des.readValue();
}

const kJSONBuffer = Symbol('kJSONBuffer');
const kStringDecoder = Symbol('kStringDecoder');
const kMessageBuffer = Symbol('kMessageBuffer');
const kMessageBufferSize = Symbol('kMessageBufferSize');

const json = {
  initMessageChannel(channel) {
    channel[kJSONBuffer] = '';
    channel[kStringDecoder] = undefined;
    channel.buffering = false;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;
    channel[kStringDecoder] ??= new StringDecoder('utf8');
    const lines = channel[kStringDecoder].write(Buffer.from(readData.buffer, readData.byteOffset,
                                                            readData.byteLength)).split('\n');
    const complete = lines.length - 1;
    if (complete === 0) {
      channel[kJSONBuffer] += lines[0];
    } else {
      lines[0] = channel[kJSONBuffer] + lines[0];
      channel[kJSONBuffer] = lines[complete];
      for (let i = 0; i < complete; i++) {
        channel.buffering = channel[kJSONBuffer].length !== 0 || i + 1 < complete;
        yield JSON.parse(lines[i]);
      }
    }
    channel.buffering = channel[kJSONBuffer].length !== 0;
  },

  writeChannelMessage(channel, req, message, handle) {
    const string = `${JSON.stringify(message)}\n`;
    return channel.writeUtf8String(req, string, handle);
  },
};

const advanced = {
  initMessageChannel(channel) {
    channel[kMessageBuffer] = [];
    channel[kMessageBufferSize] = 0;
    channel.buffering = false;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;
    channel[kMessageBuffer].push(Buffer.from(readData.buffer, readData.byteOffset,
                                             readData.byteLength));
    channel[kMessageBufferSize] += readData.length;
    let head = channel[kMessageBuffer][0];
    while (head.length >= 4) {
      const size = head.readUInt32BE(0) + 4;
      if (channel[kMessageBufferSize] < size) break;
      const all = channel[kMessageBuffer].length === 1 ? channel[kMessageBuffer][0] :
        Buffer.concat(channel[kMessageBuffer], channel[kMessageBufferSize]);
      const body = all.subarray(4, size);
      head = all.subarray(size);
      channel[kMessageBufferSize] = head.length;
      channel[kMessageBuffer] = head.length !== 0 ? [head] : [];
      channel.buffering = channel[kMessageBufferSize] > 0;
      yield deserializeMessage(body);
    }
    channel.buffering = channel[kMessageBufferSize] > 0;
  },

  writeChannelMessage(channel, req, message, handle) {
    const body = serializeMessage(message);
    const out = Buffer.allocUnsafe(body.length + 4);
    out.writeUInt32BE(body.length, 0);
    out.set(body, 4);
    const result = channel.writeBuffer(req, out, handle);
    // Keep the bytes alive while an asynchronous write holds them.
    req.buffer = out;
    return result;
  },
};

module.exports = { json, advanced };
