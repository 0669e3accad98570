import { describe, expect, it } from '@jest/globals';
import { HELP, parseCli } from '../../src/cli/args.js';
import { UsageError } from '../../src/core/errors.js';

/** The UsageError message of a command line, or '' when it parses. */
function refusal(argv: readonly string[]): string {
  try {
    parseCli(argv);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
}

describe('cli: every option is checked and says what it expects', () => {
  it('test_cli_a_night_with_defaults_and_with_every_option', () => {
    expect(parseCli([])).toMatchObject({ command: 'run', inputs: ['data/raw'], out: 'out', full: false, wait: false, report: true, quiet: false, logFormat: 'text' });
    expect(parseCli(['a.txt', 'feeds/', '-o', 'night', '--full', '-j', '3', '--max-input-mb', '0.5', '--dedupe-days', '30', '--wait', '--no-report', '--queue', 'redis://h:6379', '-q', '--log-format', 'json'])).toEqual({
      command: 'run', inputs: ['a.txt', 'feeds/'], out: 'night', full: true, concurrency: 3, maxInputMb: 0.5, dedupeDays: 30, wait: true, report: false, queue: 'redis://h:6379', quiet: true, logFormat: 'json',
    });
  });

  it('test_cli_wrong_values_are_usage_errors_that_name_the_option', () => {
    expect(refusal(['--concurrency', '0'])).toBe('--concurrency expects a whole number of threads of 1 or more, got "0"');
    expect(refusal(['-j', '1.5'])).toMatch(/^--concurrency expects/u);
    expect(refusal(['--max-input-mb=-1'])).toBe('--max-input-mb expects a number of megabytes above 0, got "-1"');
    expect(refusal(['--max-input-mb', '-1'])).toMatch(/^Option '--max-input-mb' argument is ambiguous\. [^\n]+; run whosaid --help to see the options$/u);
    expect(refusal(['--dedupe-days', 'week'])).toBe('--dedupe-days expects a whole number of days of 1 or more, got "week"');
    expect(refusal(['--log-format', 'xml'])).toBe('--log-format expects text or json, got "xml"');
    expect(refusal(['--out', ''])).toBe('--out expects a folder, got an empty string');
    expect(refusal(['--no-such-option'])).toMatch(/no-such-option.*run whosaid --help to see the options/u);
    expect(refusal(['--out'])).toMatch(/--out.*argument/u);
  });

  it('test_cli_subcommands_check_their_arguments', () => {
    expect(parseCli(['export', 'night', '--out', 'x', '--since', '3'])).toMatchObject({ command: 'export', dir: 'night', out: 'x', since: '3' });
    expect(refusal(['export', '--out', 'x'])).toBe('export expects one output folder of a run, got none');
    expect(refusal(['export', 'a', 'b', '--out', 'x'])).toBe('export expects one output folder of a run, got "a" "b"');
    expect(refusal(['export', 'night'])).toBe('export expects --out X: the folder the tables go into');
    expect(parseCli(['prune', 'night', '--before', '2026-01-01', '--wait'])).toMatchObject({ command: 'prune', dir: 'night', before: '2026-01-01', wait: true });
    expect(refusal(['prune', 'night'])).toBe('prune expects --before DATE: the runs that started before it are dropped');
    expect(parseCli(['worker', '--queue', 'rediss://u:p@h:6380', '-j', '4', '--log-format', 'json'])).toMatchObject({ command: 'worker', queue: 'rediss://u:p@h:6380', concurrency: 4, logFormat: 'json' });
    expect(refusal(['worker'])).toBe('worker expects --queue redis://HOST:PORT: the Redis its coordinator queues batches in');
    expect(refusal(['worker', 'raw/', '--queue', 'redis://h'])).toBe('worker takes no inputs (the coordinator sends the articles), got "raw/"');
    expect(refusal(['worker', '--queue', 'redis://h', '--out', 'x'])).toMatch(/--out.*run whosaid worker --help/u);
  });

  it('test_cli_help_names_every_option_and_exit_code', () => {
    for (const option of ['--out', '--full', '--concurrency', '--max-input-mb', '--dedupe-days', '--wait', '--no-report', '--queue', '--quiet', '--log-format', '--help', '--version']) expect(HELP).toContain(option);
    for (const code of ['0 ', '1 ', '2 ', '74 ', '75 ', '70 ']) expect(HELP).toMatch(new RegExp(`^  ${code}`, 'mu'));
    expect(parseCli(['worker', '--help'])).toMatchObject({ command: 'help' });
  });
});
