const toISO = vi.fn();

vi.mock('@/lib/date', async (importOriginal) => {
  const actual = await importOriginal();
  return { ...actual, 'toISO': vi.fn() };
});

vi.doMock('@/lib/date', () => ({ toISO }));
