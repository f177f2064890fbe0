import * as legacy from '@/services/legacyWs';

export async function loadStatus(): Promise<string> {
  const lazy = await import('@/services/legacyWs');
  return `${legacy.webSocketService.getState()} ${lazy.webSocketService.url}`;
}
