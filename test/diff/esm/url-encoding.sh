#!/bin/bash
# Paths that need percent-encoding (space, non-ASCII, %, #, ?) in entry points, import.meta,
# relative and percent-encoded specifiers. Files are made under test/.tmp-esm-url.
D="$(cd ../.. && pwd)/.tmp-esm-url/sp ace/ü%#?x"
rm -rf "$(cd ../.. && pwd)/.tmp-esm-url"
mkdir -p "$D"
cd "$D"
echo 'console.log(import.meta.url, import.meta.filename); import("./dep ü.mjs").then(m => console.log(m.u));' > "m ü.mjs"
echo 'export const u = import.meta.url;' > "dep ü.mjs"
$NODE "m ü.mjs"
$NODE -e 'import("./dep ü.mjs").then(m => console.log(m.u))'
$NODE --input-type=module -e 'import {u} from "./dep%20%C3%BC.mjs"; console.log(u)'
$NODE --input-type=module -e 'import "./dep%2fx.mjs"' 2>&1 | grep Error
cd / && rm -rf "$(dirname "$(dirname "$D")")"
