export async function load() {
  const mod = await import('@/lib/utils');
  return mod.slugify;
}
