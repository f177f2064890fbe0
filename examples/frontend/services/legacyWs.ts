// Legacy compatibility layer: kept while callers move to '@/services/webSocketService'.
export { WebSocketService, webSocketService } from './webSocketService';
export type { ConnectionState, WebSocketMessage } from './webSocketService';
