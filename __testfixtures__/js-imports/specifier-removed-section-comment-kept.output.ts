// A specifier that leaves a list takes its line and comma only: the section comment above the
// next kept name, and a comment in front of it, stay.
import {
  keep,
  // parsing
  /* strict */ parse,
} from './old';
import { x } from './new';

export const all = [keep, x, parse];
