export async function load(kind: string) {
  const a = await import(`../legacy/${kind}`);
  const b = await import(`@/legacy/utils`);
  const c = await import(`./pages/${kind}`);
  return [a, b, c];
}
