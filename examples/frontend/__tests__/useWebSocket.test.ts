import { useWebSocket } from '@/hooks/useWebSocket';

jest.mock('@/services/legacyWs', () => ({
  webSocketService: { getState: () => 'open', connect: () => undefined },
}));

test('reports the service state', () => {
  const actual = jest.requireActual('@/services/legacyWs');
  expect(actual.webSocketService).toBeDefined();
  expect(useWebSocket()).toBe('open');
});
