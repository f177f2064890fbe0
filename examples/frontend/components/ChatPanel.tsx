import { WSManager, DEFAULT_RECONNECT_MS } from "../lib/ws-manager";
import { AgentRegistry, type AgentStatus } from "../agents/registry";

const manager = new WSManager("/ws/chat");
const registry = new AgentRegistry();

export function ChatPanel(props: { status: AgentStatus }) {
  registry.register("triage", "supervisor");
  manager.connect();
  return `${props.status} ${registry.list().join(",")} ${DEFAULT_RECONNECT_MS}`;
}
