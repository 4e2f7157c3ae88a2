import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '@festplatz/core';
import PDFDocument from 'pdfkit';
import { packageDir } from '../util/package-dir.ts';
import type { Receipt, ReceiptRow } from './receipt.ts';

// The receipt as an accessible tagged PDF (A11Y-4, EN 301 549 clause 10): title shown instead of the file
// name, document language, every piece of text inside a structure element (H1/H2/H3, P, Table/TR/TH/TD, L/LI)
// in reading order, and an embedded font (Noto Sans from KERN, which covers German and English), because
// assistive technology needs the characters behind the glyphs (ToUnicode) and viewers must not substitute.

const PDF_LANG: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const MARGIN = 56;
const FONT = 'Body';

let fontBytes: Buffer | null | undefined;

/** Noto Sans Regular (WOFF; pdfkit's fontkit cannot subset KERN's WOFF2 files), read once; null if absent. */
function bodyFont(): Buffer | null {
  if (fontBytes === undefined) {
    const kern = packageDir('@kern-ux/native');
    const file = kern ? join(kern, 'dist', 'fonts', 'noto-sans', 'NotoSans-Regular.woff') : null;
    fontBytes = file && existsSync(file) ? readFileSync(file) : null;
  }
  return fontBytes;
}

/** Options of {@link receiptPdf}; tests switch compression off to read the content streams. */
export interface ReceiptPdfOptions {
  compress?: boolean;
}

/** Renders the receipt as a tagged PDF in `lang` (the language of the page it was requested from). */
export function receiptPdf(receipt: Receipt, lang: Lang, options: ReceiptPdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    tagged: true,
    lang: PDF_LANG[lang],
    displayTitle: true,
    pdfVersion: '1.7',
    compress: options.compress ?? true,
    margin: MARGIN,
    info: { Title: `${receipt.title} ${receipt.applicationId}`, Creator: 'Festplatz' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const bytes = bodyFont();
  if (bytes) doc.registerFont(FONT, bytes);
  // Without KERN's font (never in a normal install) the text stays readable in a standard font.
  const font = bytes ? FONT : 'Helvetica';
  const width = doc.page.width - 2 * MARGIN;

  const root = doc.struct('Document');
  doc.addStructure(root);
  const block = (tag: string, size: number, text: string, gap = 0.5) =>
    doc.struct(tag, {}, () => {
      doc.font(font).fontSize(size).text(text, { width });
      doc.moveDown(gap);
    });
  // Label above value, so long values (the 64-digit hash) fit on one line; a table row for screen readers.
  const table = (rows: readonly ReceiptRow[]) => {
    const element = doc.struct('Table');
    root.add(element);
    for (const row of rows) {
      const tr = doc.struct('TR');
      element.add(tr);
      tr.add(
        doc.struct('TH', {}, () =>
          doc.font(font).fontSize(9).fillColor('#444444').text(row.label, { width }),
        ),
      );
      tr.add(
        doc.struct('TD', {}, () => {
          doc
            .font(font)
            .fontSize(row.code ? 10 : 11)
            .fillColor('black')
            .text(row.value, { width });
          doc.moveDown(0.6);
        }),
      );
      tr.end();
    }
    element.end();
  };

  root.add(block('H1', 20, receipt.title));
  root.add(block('P', 11, receipt.intro, 1));
  table(receipt.rows);
  for (const note of receipt.notes) root.add(block('P', 10, note));
  doc.moveDown(0.5);
  root.add(block('H2', 15, receipt.privacy.heading));
  table(receipt.privacy.rows);
  root.add(block('H3', 12, receipt.privacy.consentsHeading));
  if (receipt.privacy.consents.length > 0) {
    const list = doc.struct('L');
    root.add(list);
    for (const line of receipt.privacy.consents)
      list.add(doc.struct('LI', {}, [block('LBody', 11, line, 0.3)]));
    list.end();
  }
  root.add(block('P', 10, receipt.privacy.consentsNote));
  root.end();
  doc.end();
  return finished;
}
