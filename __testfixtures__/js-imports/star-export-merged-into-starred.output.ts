// the barrel
export * from './common';
export * from './merged'; // a's names
export const x = 1;
