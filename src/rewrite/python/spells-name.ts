// Whether Python text spells a name where it could be read as one: a whole word, not an attribute
// (`x.name`). A cheap superset test on text (strings and comments count too) that a reader then
// confirms; used by verify's name-left and the patch-in-place reader's f-string fields.

export function spellsName(text: string, name: string): boolean {
  return text.includes(name) && new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(text);
}
