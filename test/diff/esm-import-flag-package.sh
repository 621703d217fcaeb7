# --import with a bare package name resolves from the working directory's node_modules (the
# parent URL is the directory's, with a trailing slash), as `node --import tsx app.ts` needs.
cd ../fixtures/esm-import-flag
$NODE --import preload main.js
$NODE --import preload --input-type=module -e 'console.log("eval")'
