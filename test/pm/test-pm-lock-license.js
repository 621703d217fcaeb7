'use strict';
// The lockfile's "license": npm 11 takes it from the registry's full document (an object's
// `type`; objects without one and arrays as they are; empty values dropped), not from the
// tarball's package.json. A registry answering the abbreviated document (no license) to our
// Accept header, as registry.npmjs.org does, leaves us the package.json, which gives the same
// entries. Lockfile entries compared with the machine's npm.
const assert = require('assert');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const pj = (name, lic) => JSON.stringify({ name, version: '1.0.0', ...(lic === undefined ? {} : { license: lic }) });
  const spec = {
    obj: { versions: { '1.0.0': { license: { type: 'MIT', url: 'x' } } } },
    empty: { versions: { '1.0.0': { license: '' } } },
    objnotype: { versions: { '1.0.0': { license: { name: 'BSD' } } } },
    arr: { versions: { '1.0.0': { license: ['MIT', 'ISC'] } } },
    differ: { versions: { '1.0.0': { license: 'PACKUMENT', files: { 'package.json': pj('differ', 'TARBALL') } } } },
    onlytar: { versions: { '1.0.0': { files: { 'package.json': pj('onlytar', 'TARONLY') } } } },
    onlydoc: { versions: { '1.0.0': { license: 'DOCONLY', files: { 'package.json': pj('onlydoc') } } } },
    plain: { versions: { '1.0.0': { license: 'ISC' } } },
  };
  const deps = Object.fromEntries(Object.keys(spec).map((k) => [k, '1.0.0']));
  const licenses = (dir) => {
    const lock = c.readJson(path.join(dir, 'package-lock.json'));
    return Object.fromEntries(Object.keys(deps).map((k) => [k, lock.packages[`node_modules/${k}`].license]));
  };
  const expected = { obj: 'MIT', empty: undefined, objnotype: { name: 'BSD' }, arr: ['MIT', 'ISC'], differ: 'PACKUMENT',
    onlytar: undefined, onlydoc: 'DOCONLY', plain: 'ISC' };

  // Full documents for everyone.
  const reg = await c.startRegistry(spec);
  const base = c.tmpdir('license');
  const env = c.envFor(base, reg);
  const dir = c.project(base, { name: 'd', version: '1.0.0', dependencies: deps }, 'nodus');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.deepStrictEqual(licenses(dir), expected);
  const npm = await c.npmFor(base, reg);
  if (npm) {
    const nd = c.project(base, { name: 'd', version: '1.0.0', dependencies: deps }, 'npm');
    c.ok(await npm.run(['install'], nd));
    assert.deepStrictEqual(licenses(nd), expected);
  }
  await reg.close();

  // Abbreviated documents for the install-v1 Accept header (no "time", no "license").
  let abbreviated = 0;
  const plain = { a: { versions: { '1.0.0': { license: { type: 'Apache-2.0' } } } }, b: { versions: { '1.0.0': { license: 'MIT' } } } };
  const reg2 = await c.startRegistry(plain, {
    onRequest(req, res) {
      const name = decodeURIComponent(req.url.slice(1));
      if (!/install-v1/.test(req.headers.accept || '') || !reg2.docs.has(name)) return false;
      const doc = reg2.docs.get(name);
      const versions = {};
      for (const [v, m] of Object.entries(doc.versions)) {
        const { license, ...rest } = m;
        versions[v] = rest;
      }
      abbreviated++;
      res.writeHead(200, { 'content-type': 'application/vnd.npm.install-v1+json' });
      res.end(JSON.stringify({ name, modified: doc.modified, 'dist-tags': doc['dist-tags'], versions }));
      return true;
    },
  });
  const env2 = c.envFor(base, reg2);
  const dir2 = c.project(base, { name: 'd2', version: '1.0.0', dependencies: { a: '1.0.0', b: '1.0.0' } }, 'abbrev');
  c.ok(await c.run(['install'], { cwd: dir2, env: env2 }));
  assert.ok(abbreviated >= 2);
  const lock = c.readJson(path.join(dir2, 'package-lock.json'));
  assert.deepStrictEqual([lock.packages['node_modules/a'].license, lock.packages['node_modules/b'].license], ['Apache-2.0', 'MIT']);
  await reg2.close();
});
