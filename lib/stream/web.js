'use strict';
// node:stream/web: the WHATWG Streams classes.

const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController,
} = require('internal/webstreams/readablestream');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transformstream');
const {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
} = require('internal/webstreams/writablestream');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};

// CompressionStream/DecompressionStream need node:zlib.
if (require.exists('zlib')) {
  Object.defineProperty(module.exports, 'CompressionStream', {
    get() { return require('internal/webstreams/compression').CompressionStream; },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(module.exports, 'DecompressionStream', {
    get() { return require('internal/webstreams/compression').DecompressionStream; },
    enumerable: true, configurable: true,
  });
}
