import { describe, expect, it } from 'vitest';
import { importContentType, importFileProblem, MAX_IMPORT_BYTES } from './import-file';

function file(name: string, type: string, size = 10): File {
  const result = new File(['x'], name, { type });
  Object.defineProperty(result, 'size', { value: size });
  return result;
}

describe('import files', () => {
  it('sends a file as its extension says, whatever type the browser gives it', () => {
    expect(importContentType(file('Værdier.CSV', 'application/vnd.ms-excel'))).toBe('text/csv');
    expect(importContentType(file('værdier.xlsx', ''))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(importContentType(file('værdier.xls', 'application/vnd.ms-excel'))).toBeNull();
  });

  it('refuses other files, empty files and files over 10 MB', () => {
    expect(importFileProblem(file('rapport.pdf', 'application/pdf'))).toBe('type');
    expect(importFileProblem(file('tom.csv', 'text/csv', 0))).toBe('empty');
    expect(importFileProblem(file('stor.csv', 'text/csv', MAX_IMPORT_BYTES + 1))).toBe('tooLarge');
    expect(importFileProblem(file('netop.csv', 'text/csv', MAX_IMPORT_BYTES))).toBeNull();
  });
});
