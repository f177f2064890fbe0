// The canonical WebSocket service: the single source of truth for connections.
export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface WebSocketMessage {
  type: string;
  payload: unknown;
}

export class WebSocketService {
  private state: ConnectionState = 'closed';

  constructor(readonly url: string) {}

  connect(): void {
    this.state = 'open';
  }

  send(message: WebSocketMessage): boolean {
    return this.state === 'open' && message.type.length > 0;
  }

  getState(): ConnectionState {
    return this.state;
  }
}

export const webSocketService = new WebSocketService('/ws');
