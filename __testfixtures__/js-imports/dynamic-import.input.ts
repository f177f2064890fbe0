export async function load() {
  const mod = await import('@/legacy/utils');
  return mod.slugify;
}
