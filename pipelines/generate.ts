/**
 * `npm run generate`: writes what is made from the table definitions (src/outputs/tables.ts): the JSON
 * Schemas in schemas/, the README's table of the tables, and from the rules of src/core/diagnostics.ts the
 * list in docs/rules.md. A test fails when they are stale.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles, readmeWithTables } from '../src/outputs/generated.js';
import { PACKAGE_ROOT } from '../src/io/paths.js';

const files = generatedFiles();
for (const name of readdirSync(path.join(PACKAGE_ROOT, 'schemas'))) if (!files.has(`schemas/${name}`)) rmSync(path.join(PACKAGE_ROOT, 'schemas', name));
mkdirSync(path.join(PACKAGE_ROOT, 'docs'), { recursive: true });
for (const [name, content] of files) writeFileSync(path.join(PACKAGE_ROOT, name), content);
const readme = path.join(PACKAGE_ROOT, 'README.md');
writeFileSync(readme, readmeWithTables(readFileSync(readme, 'utf8')));
process.stdout.write(`wrote ${files.size} files (schemas, docs/rules.md) and the README's table of the tables\n`);
