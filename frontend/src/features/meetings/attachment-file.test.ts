import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_ACCEPT,
  attachmentContentType,
  attachmentFileProblem,
  MAX_ATTACHMENT_BYTES,
} from './attachment-file';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function file(name: string, type: string, size = 8): File {
  const chosen = new File([new Uint8Array(Math.min(size, 8))], name, { type });
  Object.defineProperty(chosen, 'size', { value: size });
  return chosen;
}

describe('attachment files', () => {
  it('sends a file as the type the browser gives, when it is one the API takes', () => {
    expect(attachmentContentType(file('Program.docx', DOCX))).toBe(DOCX);
    expect(attachmentContentType(file('foto.JPG', 'image/jpeg'))).toBe('image/jpeg');
    expect(attachmentContentType(file('referat', 'application/pdf'))).toBe('application/pdf');
  });

  it('goes by the name’s ending when the browser gives no type or another one', () => {
    expect(attachmentContentType(file('Program.docx', ''))).toBe(DOCX);
    expect(attachmentContentType(file('Budget.XLSX', 'application/octet-stream'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(attachmentContentType(file('Billede.jpeg', ''))).toBe('image/jpeg');
  });

  it('refuses other types, empty files, files over 10 MiB and very long names', () => {
    expect(attachmentFileProblem(file('noter.txt', 'text/plain'))).toBe('type');
    expect(attachmentFileProblem(file('gammel.doc', 'application/msword'))).toBe('type');
    expect(attachmentFileProblem(file('tom.pdf', 'application/pdf', 0))).toBe('empty');
    expect(
      attachmentFileProblem(file('stor.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES + 1)),
    ).toBe('tooLarge');
    expect(attachmentFileProblem(file('lige.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES))).toBe(
      undefined,
    );
    expect(attachmentFileProblem(file(`${'a'.repeat(252)}.pdf`, 'application/pdf'))).toBe(
      'nameTooLong',
    );
  });

  it('offers the accepted types and endings in the file dialog', () => {
    expect(ATTACHMENT_ACCEPT.split(',')).toEqual(
      expect.arrayContaining([
        'application/pdf',
        '.pdf',
        '.docx',
        '.xlsx',
        '.pptx',
        '.png',
        '.jpg',
        '.jpeg',
      ]),
    );
  });
});
