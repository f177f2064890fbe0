// An older, second "canonical" manager. Its class is now WebSocketService.
import { WebSocketService } from '../services/webSocketService';

export { WebSocketService as WSManager };
export const DEFAULT_RECONNECT_MS = 1000;
