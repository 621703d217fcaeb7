#!/bin/bash
# A symlinked package resolves to its real path (the module's URL), unless --preserve-symlinks.
F=../../fixtures/esm
cd $F && $NODE --input-type=module -e 'import { url } from "linked"; console.log(url.replace(/.*\/fixtures\//, ""))'
$NODE --preserve-symlinks --input-type=module -e 'import { url } from "linked"; console.log(url.replace(/.*\/fixtures\//, ""))'
