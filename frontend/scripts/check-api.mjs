// Fails when src/lib/api-types.ts is not what openapi-typescript makes from ../openapi/openapi.yaml,
// i.e. when the contract changed and `npm run gen:api` was not run (or the file was edited by hand).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/lib/api-types.ts';
const dir = mkdtempSync(join(tmpdir(), 'ansinh-api-types-'));
const fresh = join(dir, 'api-types.ts');
try {
  execFileSync(
    process.execPath,
    ['node_modules/openapi-typescript/bin/cli.js', '../openapi/openapi.yaml', '-o', fresh],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const normalise = (text) => text.replace(/\r\n/g, '\n');
  if (normalise(readFileSync(fresh, 'utf8')) !== normalise(readFileSync(committed, 'utf8'))) {
    console.error(`${committed} differs from what ../openapi/openapi.yaml generates: run \`npm run gen:api\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${committed} matches ../openapi/openapi.yaml`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
