// A specifier that leaves a list takes its line and comma only: the section comment above the
// next kept name, and a comment in front of it, stay.
import {
  keep,
  x,
  // parsing
  /* strict */ parse,
} from './old';

export const all = [keep, x, parse];
