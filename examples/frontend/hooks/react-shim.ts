// A tiny stand-in for React's hooks so the example type-checks without installing React.
export function useState<T>(initial: T): [T, (next: T) => void] {
  let value = initial;
  return [value, (next: T) => { value = next; }];
}

export function useEffect(effect: () => void, _deps: unknown[]): void {
  effect();
}
