// Deprecated registry module: AgentRegistry moved to './agentRegistry'; AgentStatus still lives here.
export { AgentRegistry } from './agentRegistry';

export type AgentStatus = 'idle' | 'running' | 'failed';
