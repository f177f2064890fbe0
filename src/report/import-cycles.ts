// Finds import cycles in a small directed graph (the manifest's modules and who imports whom):
// Tarjan's strongly connected components, then one concrete chain per component.

/** Edges: file → files it imports. Returns each cycle as a chain of files ending where it started. */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flat()])].sort();

  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = (edges.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return components.map((c) => chainThrough(new Set(c), edges)).sort((a, b) => a[0].localeCompare(b[0]));
}

/** A shortest cycle through the component's smallest node, found by breadth-first search. */
function chainThrough(members: Set<string>, edges: ReadonlyMap<string, readonly string[]>): string[] {
  const start = [...members].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of [...(edges.get(v) ?? [])].sort()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const chain = [start];
        for (let at = v; at !== start; at = previous.get(at)!) chain.splice(1, 0, at);
        return [...chain, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
