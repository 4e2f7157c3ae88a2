// Test-only reading of the PDFs Festplatz writes (uncompressed, one embedded font): enough of a PDF parser to
// get the text back through the font's ToUnicode map, the way assistive technology reads it.

/** The glyph-to-character map of every ToUnicode CMap in the file (`beginbfrange` arrays and `beginbfchar`). */
function toUnicode(pdf: string): Map<number, string> {
  const map = new Map<number, string>();
  // Each destination is UTF-16BE: a ligature glyph maps to several characters (`<00660066>` = "ff").
  const char = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
  for (const [, body = ''] of pdf.matchAll(/beginbfrange\s([\s\S]*?)endbfrange/g)) {
    for (const [, start, list] of body.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
      const first = Number.parseInt(start ?? '0', 16);
      // pdfkit writes a ligature's characters with a space between them: `<0066 0066>`.
      [...(list ?? '').matchAll(/<([0-9a-f ]+)>/gi)].forEach(([, hex = ''], i) => {
        map.set(first + i, char(hex.replaceAll(' ', '')));
      });
    }
  }
  for (const [, body = ''] of pdf.matchAll(/beginbfchar\s([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, hex] of body.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)>/gi)) {
      map.set(Number.parseInt(glyph ?? '0', 16), char(hex ?? '0'));
    }
  }
  return map;
}

/**
 * The text of an uncompressed PDF with one embedded (Identity-H) font, in content-stream order: each `TJ`
 * array's hex strings as 4-digit glyph ids mapped through ToUnicode, one line per text-showing operator.
 */
export function pdfText(bytes: Uint8Array): string {
  const pdf = Buffer.from(bytes).toString('latin1');
  const glyphs = toUnicode(pdf);
  const lines: string[] = [];
  // pdfkit writes one text-showing operator per line: `[<0012001a> 0 <0003> 0] TJ`.
  for (const operator of pdf.split('\n').filter((line) => line.endsWith('] TJ'))) {
    let line = '';
    for (const [, hex = ''] of operator.matchAll(/<([0-9a-f]*)>/gi)) {
      for (let i = 0; i + 4 <= hex.length; i += 4) {
        line += glyphs.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
      }
    }
    lines.push(line);
  }
  return lines.join('\n');
}
