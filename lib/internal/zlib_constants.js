'use strict';
// zlib.constants in Node's order. Values are the libraries' ABI constants; ZLIB_VERNUM comes from
// the linked zlib.

function buildConstants(zlibVernum) {
  const c = { __proto__: null };
  const add = (names, values) => { for (let i = 0; i < names.length; i++) c[names[i]] = values[i]; };
  add(['Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH', 'Z_BLOCK',
       'Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
       'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR',
       'Z_NO_COMPRESSION', 'Z_BEST_SPEED', 'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION',
       'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED', 'Z_DEFAULT_STRATEGY'],
      [0, 1, 2, 3, 4, 5, 0, 1, 2, -1, -2, -3, -4, -5, -6, 0, 1, 9, -1, 1, 2, 3, 4, 0]);
  c.ZLIB_VERNUM = zlibVernum;
  add(['DEFLATE', 'INFLATE', 'GZIP', 'GUNZIP', 'DEFLATERAW', 'INFLATERAW', 'UNZIP',
       'BROTLI_DECODE', 'BROTLI_ENCODE', 'ZSTD_DECOMPRESS', 'ZSTD_COMPRESS'],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 10]);
  add(['Z_MIN_WINDOWBITS', 'Z_MAX_WINDOWBITS', 'Z_DEFAULT_WINDOWBITS', 'Z_MIN_CHUNK',
       'Z_MAX_CHUNK', 'Z_DEFAULT_CHUNK', 'Z_MIN_MEMLEVEL', 'Z_MAX_MEMLEVEL', 'Z_DEFAULT_MEMLEVEL',
       'Z_MIN_LEVEL', 'Z_MAX_LEVEL', 'Z_DEFAULT_LEVEL'],
      [8, 15, 15, 64, Infinity, 16384, 1, 9, 8, -1, 9, -1]);
  add(['BROTLI_OPERATION_PROCESS', 'BROTLI_OPERATION_FLUSH', 'BROTLI_OPERATION_FINISH',
       'BROTLI_OPERATION_EMIT_METADATA', 'BROTLI_PARAM_MODE', 'BROTLI_MODE_GENERIC',
       'BROTLI_MODE_TEXT', 'BROTLI_MODE_FONT', 'BROTLI_DEFAULT_MODE', 'BROTLI_PARAM_QUALITY',
       'BROTLI_MIN_QUALITY', 'BROTLI_MAX_QUALITY', 'BROTLI_DEFAULT_QUALITY', 'BROTLI_PARAM_LGWIN',
       'BROTLI_MIN_WINDOW_BITS', 'BROTLI_MAX_WINDOW_BITS', 'BROTLI_LARGE_MAX_WINDOW_BITS',
       'BROTLI_DEFAULT_WINDOW', 'BROTLI_PARAM_LGBLOCK', 'BROTLI_MIN_INPUT_BLOCK_BITS',
       'BROTLI_MAX_INPUT_BLOCK_BITS', 'BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING',
       'BROTLI_PARAM_SIZE_HINT', 'BROTLI_PARAM_LARGE_WINDOW', 'BROTLI_PARAM_NPOSTFIX',
       'BROTLI_PARAM_NDIRECT', 'BROTLI_DECODER_RESULT_ERROR', 'BROTLI_DECODER_RESULT_SUCCESS',
       'BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT', 'BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT',
       'BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION',
       'BROTLI_DECODER_PARAM_LARGE_WINDOW', 'BROTLI_DECODER_NO_ERROR', 'BROTLI_DECODER_SUCCESS',
       'BROTLI_DECODER_NEEDS_MORE_INPUT', 'BROTLI_DECODER_NEEDS_MORE_OUTPUT'],
      [0, 1, 2, 3, 0, 0, 1, 2, 0, 1, 0, 11, 11, 2, 10, 24, 30, 22, 3, 16, 24, 4, 5, 6, 7, 8,
       0, 1, 2, 3, 0, 1, 0, 1, 2, 3]);
  const brotliErrors = [
    'FORMAT_EXUBERANT_NIBBLE', -1, 'FORMAT_RESERVED', -2, 'FORMAT_EXUBERANT_META_NIBBLE', -3,
    'FORMAT_SIMPLE_HUFFMAN_ALPHABET', -4, 'FORMAT_SIMPLE_HUFFMAN_SAME', -5, 'FORMAT_CL_SPACE', -6,
    'FORMAT_HUFFMAN_SPACE', -7, 'FORMAT_CONTEXT_MAP_REPEAT', -8, 'FORMAT_BLOCK_LENGTH_1', -9,
    'FORMAT_BLOCK_LENGTH_2', -10, 'FORMAT_TRANSFORM', -11, 'FORMAT_DICTIONARY', -12,
    'FORMAT_WINDOW_BITS', -13, 'FORMAT_PADDING_1', -14, 'FORMAT_PADDING_2', -15,
    'FORMAT_DISTANCE', -16, 'FORMAT_BLOCK_SWITCH', -17, 'DICTIONARY_NOT_SET', -19,
    'INVALID_ARGUMENTS', -20, 'ALLOC_CONTEXT_MODES', -21, 'ALLOC_TREE_GROUPS', -22,
    'ALLOC_CONTEXT_MAP', -25, 'ALLOC_RING_BUFFER_1', -26, 'ALLOC_RING_BUFFER_2', -27,
    'ALLOC_BLOCK_TYPE_TREES', -30, 'UNREACHABLE', -31,
  ];
  for (let i = 0; i < brotliErrors.length; i += 2) {
    c[`BROTLI_DECODER_ERROR_${brotliErrors[i]}`] = brotliErrors[i + 1];
  }
  add(['ZSTD_e_continue', 'ZSTD_e_flush', 'ZSTD_e_end', 'ZSTD_fast', 'ZSTD_dfast',
       'ZSTD_greedy', 'ZSTD_lazy', 'ZSTD_lazy2', 'ZSTD_btlazy2', 'ZSTD_btopt', 'ZSTD_btultra',
       'ZSTD_btultra2', 'ZSTD_c_compressionLevel', 'ZSTD_c_windowLog', 'ZSTD_c_hashLog',
       'ZSTD_c_chainLog', 'ZSTD_c_searchLog', 'ZSTD_c_minMatch', 'ZSTD_c_targetLength',
       'ZSTD_c_strategy', 'ZSTD_c_enableLongDistanceMatching', 'ZSTD_c_ldmHashLog',
       'ZSTD_c_ldmMinMatch', 'ZSTD_c_ldmBucketSizeLog', 'ZSTD_c_ldmHashRateLog',
       'ZSTD_c_contentSizeFlag', 'ZSTD_c_checksumFlag', 'ZSTD_c_dictIDFlag', 'ZSTD_c_nbWorkers',
       'ZSTD_c_jobSize', 'ZSTD_c_overlapLog', 'ZSTD_d_windowLogMax', 'ZSTD_CLEVEL_DEFAULT'],
      [0, 1, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101, 102, 103, 104, 105, 106, 107, 160, 161, 162,
       163, 164, 200, 201, 202, 400, 401, 402, 100, 3]);
  const zstdErrors = [
    'no_error', 0, 'GENERIC', 1, 'prefix_unknown', 10, 'version_unsupported', 12,
    'frameParameter_unsupported', 14, 'frameParameter_windowTooLarge', 16,
    'corruption_detected', 20, 'checksum_wrong', 22, 'literals_headerWrong', 24,
    'dictionary_corrupted', 30, 'dictionary_wrong', 32, 'dictionaryCreation_failed', 34,
    'parameter_unsupported', 40, 'parameter_combination_unsupported', 41,
    'parameter_outOfBound', 42, 'tableLog_tooLarge', 44, 'maxSymbolValue_tooLarge', 46,
    'maxSymbolValue_tooSmall', 48, 'stabilityCondition_notRespected', 50, 'stage_wrong', 60,
    'init_missing', 62, 'memory_allocation', 64, 'workSpace_tooSmall', 66,
    'dstSize_tooSmall', 70, 'srcSize_wrong', 72, 'dstBuffer_null', 74,
    'noForwardProgress_destFull', 80, 'noForwardProgress_inputEmpty', 82,
  ];
  for (let i = 0; i < zstdErrors.length; i += 2) c[`ZSTD_error_${zstdErrors[i]}`] = zstdErrors[i + 1];
  return c;
}

module.exports = { buildConstants };
