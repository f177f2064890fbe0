import { useEffect, useState } from './react-shim';
import { webSocketService, type ConnectionState } from '@/services/legacyWs';

export function useWebSocket(): ConnectionState {
  const [state, setState] = useState<ConnectionState>(webSocketService.getState());
  useEffect(() => {
    webSocketService.connect();
    setState(webSocketService.getState());
  }, []);
  return state;
}
