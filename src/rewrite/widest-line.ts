// The width a file's style allows a line the rewriters write: a formatter's width (black's 88,
// prettier's 80), or the file's own widest line when it has wider ones. One rule for both
// languages' import layout (python/import-line-width.ts, js/declaration-width.ts).

/** `floor`, or the length of the text's longest line when longer (a leading BOM not counted). */
export function allowedWidth(text: string, floor: number): number {
  let width = floor;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) if (line.length > width) width = line.length;
  return width;
}
