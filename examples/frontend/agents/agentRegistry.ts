// The canonical agent registry.
export class AgentRegistry {
  private readonly agents = new Map<string, string>();

  register(name: string, kind: string): void {
    this.agents.set(name, kind);
  }

  list(): string[] {
    return [...this.agents.keys()];
  }
}
