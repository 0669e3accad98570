/**
 * `npm run generate`: writes what is made from the table definitions (src/outputs/tables.ts): the JSON
 * Schemas in schemas/ and the README's table of the tables. A test fails when they are stale.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles, readmeWithTables } from '../src/outputs/generated.js';
import { PACKAGE_ROOT } from '../src/io/paths.js';

const files = generatedFiles();
for (const name of readdirSync(path.join(PACKAGE_ROOT, 'schemas'))) if (!files.has(`schemas/${name}`)) rmSync(path.join(PACKAGE_ROOT, 'schemas', name));
for (const [name, content] of files) writeFileSync(path.join(PACKAGE_ROOT, name), content);
const readme = path.join(PACKAGE_ROOT, 'README.md');
writeFileSync(readme, readmeWithTables(readFileSync(readme, 'utf8')));
process.stdout.write(`wrote ${files.size} schemas and the README's table of the tables\n`);
