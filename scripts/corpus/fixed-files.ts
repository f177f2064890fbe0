// The fixed part of every synthetic corpus: its manifest (ssot-codemod.json), tsconfig.json with
// the `@/*` alias, and the legacy and canonical modules themselves. scripts/make-corpus.ts writes
// these next to the generated files; the generated legacy references point at these modules.

/** Python modules the corpus migrates between (dotted paths, python root "."). */
export const PY = {
  unified: 'app.websocket_core.unified_manager',
  compat: 'app.websocket_core.manager',
  canonical: 'app.websocket_core.websocket_manager',
  agentsLegacy: 'app.agents.registry',
  agentsCanonical: 'app.agents.supervisor.agent_registry',
} as const;

/** JS/TS modules (specifiers as the corpus's files write them; `@/*` maps to `./web/*`). */
export const JS = {
  legacyService: '@/services/legacyWs',
  canonicalService: '@/services/webSocketService',
  legacyHook: '@/hooks/useLegacySocket',
  canonicalHook: '@/hooks/useWebSocket',
  /** Repo-relative path (without extension) of the legacy file reached by relative imports. */
  legacyPoolFile: 'web/lib/ws-manager',
} as const;

export const MANIFEST = {
  python: {
    roots: ['.'],
    moves: [
      { from: `${PY.unified}:UnifiedWebSocketManager`, to: `${PY.canonical}:WebSocketManager`, note: 'symbol move with a rename' },
      { from: PY.unified, to: PY.canonical },
      { from: PY.compat, to: PY.canonical, note: 'compatibility layer' },
      { from: `${PY.agentsLegacy}:AgentRegistry`, to: `${PY.agentsCanonical}:AgentRegistry`, note: 'only AgentRegistry moves; AgentType stays' },
    ],
  },
  javascript: {
    tsconfig: 'tsconfig.json',
    moves: [
      { from: JS.legacyService, to: JS.canonicalService },
      { from: `${JS.legacyHook}:useLegacySocket`, to: `${JS.canonicalHook}:useWebSocket` },
      { from: `./${JS.legacyPoolFile}.ts:WSManager`, to: './web/services/webSocketService.ts:WebSocketService' },
    ],
  },
};

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    jsx: 'preserve',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    baseUrl: '.',
    paths: { '@/*': ['./web/*'] },
  },
  include: ['web'],
};

const PY_CANONICAL = `"""Canonical WebSocket manager: the single import point for the connection layer."""
from __future__ import annotations

import asyncio
import enum
from dataclasses import dataclass, field
from typing import Any, Optional

__all__ = [
    "WebSocketManager",
    "UnifiedWebSocketManager",
    "WebSocketConnection",
    "WebSocketManagerMode",
    "get_websocket_manager",
]


class WebSocketManagerMode(enum.Enum):
    UNIFIED = "unified"
    ISOLATED = "isolated"


@dataclass
class WebSocketConnection:
    connection_id: str
    user_id: Optional[str] = None
    metadata: dict[str, Any] = field(default_factory=dict)


class WebSocketManager:
    """Tracks connections and fans messages out to them."""

    def __init__(self, mode: WebSocketManagerMode = WebSocketManagerMode.UNIFIED) -> None:
        self.mode = mode
        self._connections: dict[str, WebSocketConnection] = {}

    def add_connection(self, connection: WebSocketConnection) -> None:
        self._connections[connection.connection_id] = connection

    async def send_message(self, connection_id: str, message: dict[str, Any]) -> bool:
        await asyncio.sleep(0)
        return connection_id in self._connections


UnifiedWebSocketManager = WebSocketManager


async def get_websocket_manager(user_context: Any = None, mode: WebSocketManagerMode = WebSocketManagerMode.UNIFIED) -> WebSocketManager:
    return WebSocketManager(mode)
`;

const PY_UNIFIED = `"""Deprecated: import from ${PY.canonical} instead."""
from ${PY.canonical} import (  # noqa: F401
    UnifiedWebSocketManager,
    WebSocketConnection,
    WebSocketManagerMode,
)
`;

const PY_COMPAT = `"""Compatibility layer kept for old imports; re-exports the canonical manager."""
from ${PY.canonical} import *  # noqa: F401,F403
from ${PY.canonical} import WebSocketManager, get_websocket_manager  # noqa: F401
`;

const PY_AGENTS_CANONICAL = `"""The canonical agent registry."""
from __future__ import annotations

from typing import Any


class AgentRegistry:
    """Maps agent names to their factories."""

    def __init__(self) -> None:
        self._agents: dict[str, Any] = {}

    def register(self, name: str, factory: Any) -> None:
        self._agents[name] = factory

    def get(self, name: str) -> Any:
        return self._agents.get(name)
`;

const PY_AGENTS_LEGACY = `"""Deprecated agent registry; AgentType and AgentInfo still live here."""
from __future__ import annotations

import enum
from dataclasses import dataclass

from ${PY.agentsCanonical} import AgentRegistry  # noqa: F401


class AgentType(enum.Enum):
    SUPERVISOR = "supervisor"
    WORKER = "worker"


@dataclass
class AgentInfo:
    name: str
    kind: AgentType = AgentType.WORKER
`;

const TS_CANONICAL_SERVICE = `// The canonical WebSocket client service.
export type SocketStatus = 'connecting' | 'open' | 'closed';

export class WebSocketService {
  status: SocketStatus = 'connecting';

  constructor(readonly url: string) {}

  send(message: unknown): boolean {
    return this.status === 'open' && message !== undefined;
  }
}

export async function connectSocket(url: string): Promise<WebSocketService> {
  return new WebSocketService(url);
}

export function sendMessage(service: WebSocketService, message: unknown): boolean {
  return service.send(message);
}

const defaultService = new WebSocketService('/ws');
export default defaultService;
`;

const TS_LEGACY_SERVICE = `// Deprecated: import from @/services/webSocketService.
export * from './webSocketService';
export { default } from './webSocketService';
`;

const TS_LEGACY_POOL = `// Deprecated connection pool; WebSocketService replaces WSManager.
import { WebSocketService } from '../services/webSocketService';

export class WSManager extends WebSocketService {}
`;

const TS_CANONICAL_HOOK = `// The canonical socket hook.
import { useEffect, useState } from 'react';
import { connectSocket, type SocketStatus } from '../services/webSocketService';

export function useWebSocket(url: string): SocketStatus {
  const [status, setStatus] = useState<SocketStatus>('connecting');
  useEffect(() => {
    void connectSocket(url).then((service) => setStatus(service.status));
  }, [url]);
  return status;
}
`;

const TS_LEGACY_HOOK = `// Deprecated: use useWebSocket from @/hooks/useWebSocket.
export { useWebSocket as useLegacySocket } from './useWebSocket';
`;

/** Repo-relative path → content of every fixed file. */
export function fixedFiles(): Map<string, string> {
  const docstring = (what: string) => `"""${what} (generated by scripts/make-corpus.ts)."""\n`;
  return new Map<string, string>([
    ['ssot-codemod.json', JSON.stringify(MANIFEST, null, 2) + '\n'],
    ['tsconfig.json', JSON.stringify(TSCONFIG, null, 2) + '\n'],
    ['app/__init__.py', docstring('Synthetic application package')],
    ['app/websocket_core/__init__.py', docstring('Connection layer')],
    ['app/websocket_core/websocket_manager.py', PY_CANONICAL],
    ['app/websocket_core/unified_manager.py', PY_UNIFIED],
    ['app/websocket_core/manager.py', PY_COMPAT],
    ['app/agents/__init__.py', docstring('Agents')],
    ['app/agents/registry.py', PY_AGENTS_LEGACY],
    ['app/agents/supervisor/__init__.py', docstring('Supervisor agents')],
    ['app/agents/supervisor/agent_registry.py', PY_AGENTS_CANONICAL],
    ['web/services/webSocketService.ts', TS_CANONICAL_SERVICE],
    ['web/services/legacyWs.ts', TS_LEGACY_SERVICE],
    ['web/lib/ws-manager.ts', TS_LEGACY_POOL],
    ['web/hooks/useWebSocket.ts', TS_CANONICAL_HOOK],
    ['web/hooks/useLegacySocket.ts', TS_LEGACY_HOOK],
  ]);
}
