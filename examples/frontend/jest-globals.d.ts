// Minimal jest globals so the example type-checks without installing @types/jest.
declare const jest: {
  mock(path: string, factory?: () => unknown): void;
  requireActual<T = any>(path: string): T;
};
declare function test(name: string, body: () => void): void;
declare function expect(value: unknown): { toBe(expected: unknown): void; toBeDefined(): void };
