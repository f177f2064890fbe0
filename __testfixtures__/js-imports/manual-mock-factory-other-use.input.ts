vi.mock('@/lib/date', async (importOriginal) => {
  const actual = await importOriginal();
  return { ...actual, toISO: vi.fn(actual.toISO) };
});
