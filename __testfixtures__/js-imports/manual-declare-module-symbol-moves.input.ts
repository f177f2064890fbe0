// A module that only renames or loses some names stays where it is: augmenting what it keeps is fine.
declare module '@/lib/date' {
  interface Registry { c: 1 }
}
declare module '@/legacy/date' {
  interface Options { strict: boolean }
}

// A block that declares or names a moved name describes it where it no longer is.
declare module '@/lib/date' {
  interface Registry { iso: typeof toISO }
}
declare module '@/legacy/date' {
  export function formatDate(d: Date): string;
}

// A module that moves whole is re-pointed; a name the block spells that moves on is still a human's.
declare module '@/legacy/utils' {
  interface Registry { u: typeof slug }
}

export {};
