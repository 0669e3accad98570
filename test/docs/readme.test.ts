import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { RULES } from '../../src/core/diagnostics.js';
import { PACKAGE_DIR } from '../helpers.js';

describe('README', () => {
  const readme = readFileSync(path.join(PACKAGE_DIR, 'README.md'), 'utf8');

  it('test_readme_lists_every_rule_id_with_its_severity', () => {
    for (const [ruleId, rule] of Object.entries(RULES)) {
      expect(readme).toContain(`| \`${ruleId}\` | ${rule.severity} |`);
    }
  });

  it('test_readme_names_the_commands_ci_runs', () => {
    const ci = readFileSync(path.join(PACKAGE_DIR, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/mu);
    expect(ci).toMatch(/^npm test$/mu);
    expect(readme).toContain('npm test');
  });
});
