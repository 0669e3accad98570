import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PACKAGE_DIR } from '../helpers.js';

const run = (tool: string, args: readonly string[]) => spawnSync(process.execPath, [path.join(PACKAGE_DIR, `dist/pipelines/${tool}.js`), ...args], { encoding: 'utf8' });

describe('tools: eval, train and bench', () => {
  it('test_tools_help_prints_usage_and_an_unknown_option_is_one_line_and_exit_2', () => {
    for (const tool of ['eval', 'train', 'bench']) {
      const help = run(tool, ['--help']);
      expect([help.status, help.stdout.split('\n')[0]]).toEqual([0, expect.stringContaining(`usage: npm run ${tool}`)]);
      const wrong = run(tool, ['--bogus']);
      expect([wrong.status, wrong.stderr.trim().split('\n')]).toEqual([2, [`${tool}: Unknown option '--bogus'; see npm run ${tool} -- --help`]]);
    }
  });
});
