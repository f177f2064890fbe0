// the barrel
export * from './env';
export * from './common';
export * from './legacy-a'; // a's names
export * from './legacy-b';
export const x = 1;
