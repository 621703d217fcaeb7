// ERR_INVALID_PACKAGE_CONFIG: which file, which import, as node 22 words it.
await import('../../fixtures/esm/broken-config/run.mjs');
