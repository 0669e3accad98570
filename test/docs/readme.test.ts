import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { RULES } from '../../src/core/diagnostics.js';
import { HELP } from '../../src/cli/args.js';
import { PACKAGE_DIR } from '../helpers.js';

const readme = readFileSync(path.join(PACKAGE_DIR, 'README.md'), 'utf8');

describe('README: for users, and true', () => {
  it('test_readme_is_short_and_its_layout_comes_first_and_names_paths_that_exist', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15_000);
    const sections = [...readme.matchAll(/^## (.+)$/gmu)].map((match) => match[1]);
    expect(sections[0]).toBe('Layout of the code');
    const layout = readme.slice(readme.indexOf('## Layout of the code'), readme.indexOf('\n## ', readme.indexOf('## Layout of the code') + 1));
    const paths = [...layout.matchAll(/(?:^|\s)((?:src|pipelines|data|schemas|test|docs)\/[\w./-]*)/gmu)].map((match) => (match[1] as string).replace(/[.,]$/u, ''));
    expect(paths.length).toBeGreaterThan(15);
    for (const named of paths) expect({ named, exists: existsSync(path.join(PACKAGE_DIR, named)) }).toEqual({ named, exists: true });
    for (const file of [...layout.matchAll(/(\w[\w-]*\.(?:ts|tsv|cjs))/gu)].map((match) => match[1] as string)) {
      expect({ file, found: existsSync(path.join(PACKAGE_DIR, file)) || readme.includes(file) }).toEqual({ file, found: true });
    }
  });

  it('test_readme_test_command_is_what_ci_runs_after_npm_ci', () => {
    const ci = readFileSync(path.join(PACKAGE_DIR, '.ci/run'), 'utf8');
    expect(ci.match(/^npm \w+.*$/gmu)?.slice(0, 2)).toEqual(['npm ci', 'npm test']);
    expect(readme).toMatch(/```sh\nnpm ci && npm start[^\n]*\nnpm test\s/u);
  });

  it('test_readme_exit_codes_and_rule_ids_agree_with_the_code', () => {
    for (const code of ['0', '1', '2', '74', '75', '70']) {
      expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'mu'));
      expect(HELP).toMatch(new RegExp(`^  ${code} `, 'mu'));
    }
    const rules = readFileSync(path.join(PACKAGE_DIR, 'docs/rules.md'), 'utf8');
    expect(readme).toContain('(docs/rules.md)');
    for (const [ruleId, rule] of Object.entries(RULES)) expect(rules).toContain(`| \`${ruleId}\` | ${rule.stage} | ${rule.severity} |`);
  });
});
