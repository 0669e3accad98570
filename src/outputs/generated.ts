import { RULES } from '../core/diagnostics.js';
import { jsonSchemaOf, readmeTableOf, TABLES } from './tables.js';

/** Where the README's generated table of the tables starts and ends. */
export const README_TABLES_START = '<!-- tables: made by npm run generate from src/outputs/tables.ts -->';
export const README_TABLES_END = '<!-- end of tables -->';

/** Every file made from a definition, by path from the package root: the JSON Schemas, the list of rule ids. */
export function generatedFiles(): Map<string, string> {
  return new Map([
    ...TABLES.map((table): [string, string] => [`schemas/${table.name}.schema.json`, `${JSON.stringify(jsonSchemaOf(table), null, 2)}\n`]),
    ['docs/rules.md', rulesPage()],
  ]);
}

/** docs/rules.md: every rule id a diagnostic may carry, from src/core/diagnostics.ts. */
function rulesPage(): string {
  const rows = Object.entries(RULES).map(([id, rule]) => `| \`${id}\` | ${rule.stage} | ${rule.severity} | ${rule.means} |`);
  return [
    '# Diagnostics',
    '',
    'Made by `npm run generate` from `src/core/diagnostics.ts`. Each diagnostic in `run.json` has one of these rule ids,',
    'the input file, a place (line, byte, article) and a message; an `error` makes the exit code 1.',
    '',
    '| rule id | stage | severity | meaning |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** The README's generated parts: between each pair of markers, what its definition makes. */
const README_PARTS: readonly { readonly start: string; readonly end: string; readonly content: () => string }[] = [
  { start: README_TABLES_START, end: README_TABLES_END, content: () => readmeTableOf(TABLES) },
];

/** The README with its generated parts (the tables' columns, the rule ids) made again from their definitions. */
export function readmeWithTables(readme: string): string {
  return README_PARTS.reduce((text, part) => {
    const start = text.indexOf(part.start);
    const end = text.indexOf(part.end);
    if (start === -1 || end < start) throw new Error(`README.md lacks the markers ${part.start} … ${part.end}`);
    return `${text.slice(0, start + part.start.length)}\n${part.content()}\n${text.slice(end)}`;
  }, readme);
}
