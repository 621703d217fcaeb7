// Missing "main" files, missing and invalid "exports" targets.
await import('../../fixtures/esm/bad-packages/run.mjs');
