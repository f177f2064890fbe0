// Formats references as GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`),
// escaped per the runner's rules so paths with commas or colons survive.
import type { Finding } from '../types';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(f: Finding): string {
  const what = f.kind === 'manual' ? `${f.move} (${f.form}, manual: ${f.reason ?? 'cannot be rewritten automatically'})` : `${f.move} (${f.form})`;
  return `::error file=${escapeProperty(f.path)},line=${f.line},col=${f.column},title=${escapeProperty('legacy import')}::${escapeData(`legacy reference: ${what}`)}`;
}

export function plainReferenceLine(f: Finding): string {
  return `${f.path}:${f.line}:${f.column}  ${f.move}  (${f.form}${f.kind === 'manual' ? `, manual: ${f.reason ?? ''}` : ''})`;
}
