import { jsonSchemaOf, readmeTableOf, TABLES } from './tables.js';

/** Where the README's generated table of the tables starts and ends. */
export const README_TABLES_START = '<!-- tables: made by npm run generate from src/outputs/tables.ts -->';
export const README_TABLES_END = '<!-- end of tables -->';

/** Every file made from the table definitions, by path from the package root: the JSON Schemas. */
export function generatedFiles(): Map<string, string> {
  return new Map(TABLES.map((table) => [`schemas/${table.name}.schema.json`, `${JSON.stringify(jsonSchemaOf(table), null, 2)}\n`]));
}

/** The README with its table of the tables made again from the definitions. */
export function readmeWithTables(readme: string): string {
  const start = readme.indexOf(README_TABLES_START);
  const end = readme.indexOf(README_TABLES_END);
  if (start === -1 || end < start) throw new Error(`README.md lacks the markers ${README_TABLES_START} … ${README_TABLES_END}`);
  return `${readme.slice(0, start + README_TABLES_START.length)}\n${readmeTableOf(TABLES)}\n${readme.slice(end)}`;
}
