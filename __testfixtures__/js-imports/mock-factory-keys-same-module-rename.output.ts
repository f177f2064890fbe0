const toISO = vi.fn();

vi.mock('@/lib/date', async (importOriginal) => {
  const actual = await importOriginal();
  return { ...actual, 'toIsoString': vi.fn() };
});

vi.doMock('@/lib/date', () => ({ toIsoString: toISO }));
