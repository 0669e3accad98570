import { describe, expect, it } from '@jest/globals';
import { sourceOf } from '../../helpers.js';

const rules = (messages: { list: readonly { ruleId: string }[] }) => messages.list.map((d) => d.ruleId);

describe('read', () => {
  it('test_read_utf8_lines_keep_their_byte_ranges', () => {
    const { source, messages } = sourceOf('Iran’s leader\nsaid\n');
    expect(messages.list).toEqual([]);
    expect(source?.encoding).toBe('utf-8');
    expect(source?.lines.map((l) => [l.text, l.byteStart, l.byteEnd])).toEqual([
      ['Iran’s leader', 0, 15],
      ['said', 16, 20],
    ]);
  });

  it('test_read_bom_is_removed_and_reported', () => {
    const { source, messages } = sourceOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0a]));
    expect(source?.lines[0]?.text).toBe('A');
    expect(source?.lines[0]?.byteStart).toBe(3);
    expect(rules(messages)).toEqual(['read/bom']);
  });

  it('test_read_crlf_line_ends_are_dropped_and_reported', () => {
    const { source, messages } = sourceOf('one\r\ntwo\r\n');
    expect(source?.lines.map((l) => l.text)).toEqual(['one', 'two']);
    expect(source?.lineEnding).toBe('crlf');
    expect(rules(messages)).toEqual(['read/crlf']);
  });

  it('test_read_invalid_utf8_becomes_replacement_with_line_and_byte', () => {
    const bytes = new Uint8Array([0x6f, 0x6b, 0x0a, 0x62, 0x61, 0x64, 0xff, 0x0a, 0xc3, 0xa9, 0xe2, 0x82, 0x0a]);
    const { source, messages } = sourceOf(bytes);
    expect(source?.encoding).toBe('utf-8');
    expect(source?.lines.map((l) => l.text)).toEqual(['ok', 'bad\uFFFD', 'é\uFFFD']);
    const invalid = messages.list.filter((d) => d.ruleId === 'read/invalid-utf8');
    expect(invalid.map((d) => d.place)).toEqual([{ line: 2, byte: 3 }, { line: 3, byte: 8 }]);
    expect(invalid.every((d) => d.severity === 'error')).toBe(true);
  });

  it('test_read_windows_1252_is_decoded_with_curly_quotes_and_reported', () => {
    const bytes = new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    const { source, messages } = sourceOf(bytes);
    expect(source?.encoding).toBe('windows-1252');
    expect(source?.lines[0]?.text).toBe('“Hi” €5 café');
    expect(rules(messages)).toEqual(['read/not-utf8']);
  });

  it('test_read_utf16le_with_bom_is_decoded_with_byte_ranges', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Wang said\nyes', 'utf16le')]);
    const { source } = sourceOf(bytes);
    expect(source?.encoding).toBe('utf-16le');
    expect(source?.lines.map((l) => [l.text, l.byteStart, l.byteEnd])).toEqual([
      ['Wang said', 2, 20],
      ['yes', 22, 28],
    ]);
  });

  it('test_read_binary_and_empty_files_give_no_source_and_an_error', () => {
    const binary = sourceOf(new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7) % 256)));
    expect(binary.source).toBeUndefined();
    expect(rules(binary.messages)).toEqual(['read/binary']);
    const empty = sourceOf('');
    expect(empty.source).toBeUndefined();
    expect(rules(empty.messages)).toEqual(['read/empty']);
    const blank = sourceOf(' \n\n\t\n');
    expect(rules(blank.messages)).toEqual(['read/empty']);
  });

  it('test_read_stray_nul_bytes_are_removed_and_reported', () => {
    const text = `${'a'.repeat(400)}\0b\nclean\n`;
    const { source, messages } = sourceOf(text);
    expect(source?.lines[0]?.text).toBe(`${'a'.repeat(400)}b`);
    expect(messages.list.map((d) => [d.ruleId, d.place?.line])).toEqual([['read/nul', 1]]);
  });
});
