'use strict';
// completion: the script (bash and zsh branches), then bash itself completing `nodus <TAB>`,
// command prefixes, `nodus run <TAB>` with the project's scripts, installed packages after
// `explore`, flags after `-`; the `completion -- words` protocol with COMP_CWORD.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const c = require('./common');

c.main(async () => {
  const base = c.tmpdir('completion');
  const env = c.envFor(base);
  const dir = c.project(base, { name: 'app', version: '1.0.0', scripts: { build: 'x', test: 'y', bump: 'z', 'lint:fix': 'w' } });
  fs.mkdirSync(path.join(dir, 'node_modules', 'left-pad'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules', '@s', 'util'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });

  const script = c.ok(await c.run(['completion'], { cwd: dir, env })).stdout;
  assert.match(script, /^###-begin-nodus-completion-###\n/);
  assert.match(script, /complete -o default -F _nodus_completion nodus\n/);
  assert.match(script, /compdef _nodus_completion nodus\n/);
  assert.match(script, /###-end-nodus-completion-###\n$/);

  const words = async (cword, ...w) => {
    const r = c.ok(await c.run(['completion', '--', 'nodus', ...w], { cwd: dir, env: { ...env, COMP_CWORD: String(cword) } }));
    return r.stdout.split('\n').filter(Boolean);
  };
  assert.deepStrictEqual(await words(1, 'ru'), ['run', 'run-script']);
  assert.deepStrictEqual(await words(1, 'dif'), ['diff']);
  const all = await words(1, '');
  for (const w of ['install', 'run', 'diff', 'doctor', 'explore', 'edit', 'completion', 'org', 'team', 'query'])
    assert.ok(all.includes(w), w);
  assert.deepStrictEqual(await words(1, 'zzz'), []);
  assert.deepStrictEqual(await words(2, 'run', ''), ['build', 'test', 'bump', 'lint:fix']);
  assert.deepStrictEqual(await words(2, 'run', 'b'), ['build', 'bump']);
  assert.deepStrictEqual(await words(3, 'run', 'build', ''), []);
  assert.deepStrictEqual(await words(2, 'explore', ''), ['@s/util', 'left-pad']);
  assert.deepStrictEqual(await words(2, 'install', ''), []);
  assert.deepStrictEqual(await words(2, 'diff', '--diff-n'), ['--diff-name-only', '--diff-no-prefix']);
  assert.deepStrictEqual(await words(3, 'install', 'x', '--save-'), ['--save-dev', '--save-exact', '--save-optional', '--save-peer', '--save-prefix']);
  // Without a project: no scripts, no error.
  fs.mkdirSync(path.join(base, 'empty'));
  const r = await c.run(['completion', '--', 'nodus', 'run', ''], { cwd: path.join(base, 'empty'), env: { ...env, COMP_CWORD: '2' } });
  assert.deepStrictEqual([r.status, r.stdout], [0, '']);

  // bash sources the script and completes through the real binary.
  const bash = spawnSync('bash', ['--version']);
  if (bash.status === 0) {
    const shim = path.join(base, 'bin');
    fs.mkdirSync(shim);
    fs.symlinkSync(c.binary(), path.join(shim, 'nodus'));
    fs.writeFileSync(path.join(base, 'compl.sh'), script);
    const probe = (line) => {
      const w = line.split(' ');
      const cmd = `source ${JSON.stringify(path.join(base, 'compl.sh'))}
COMP_LINE=${JSON.stringify(line)}; COMP_POINT=${line.length}; COMP_WORDS=(${w.map((x) => JSON.stringify(x)).join(' ')}); COMP_CWORD=${w.length - 1}
_nodus_completion; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const out = spawnSync('bash', ['-c', cmd], { cwd: dir, env: { ...env, PATH: `${shim}:${process.env.PATH}` }, encoding: 'utf8' });
      assert.strictEqual(out.status, 0, out.stderr);
      return out.stdout.split('\n').filter(Boolean);
    };
    assert.deepStrictEqual(probe('nodus ru'), ['run', 'run-script']);
    assert.deepStrictEqual(probe('nodus run bu'), ['build', 'bump']);
    assert.deepStrictEqual(probe('nodus explore le'), ['left-pad']);
  }
  const h = await c.run(['completion', '--help'], { cwd: dir, env });
  assert.match(h.stdout, /^Tab Completion for nodus\n\nUsage:\nnodus completion\n/);
});
