// The regression set: bulk import rewrites the netra team made by script (netra-systems/zen,
// 2025-09-12 … 09-17), and two of its frontend ones (2025-08), each with a manifest that states
// its mapping and local-name policy.
// Read by scripts/replay-history.ts; docs/replay.md explains why each commit was chosen.
import type { ReplayMove } from './compare-file';

const WS = 'netra_backend.app.websocket_core';

/** One team commit to replay. */
export interface ReplayCase {
  /** Short hash, also the case's name on the command line. */
  id: string;
  /** Full hash in netra-systems/zen. */
  commit: string;
  /** The form this case exercises, in a few words. */
  shape: string;
  /** The mapping, in the tool's manifest format (python.moves, or javascript.moves for a javascript case). */
  moves: ReplayMove[];
  /** A JS/TS case: the files under `root` (the folder holding tsconfig.json) are compared. Default: python. */
  javascript?: { root: string };
}

export const CASES: readonly ReplayCase[] = [
  {
    id: '3dd2800f8',
    commit: '3dd2800f8e0aa26b67a41fac6170eb6c0c323e05',
    shape: 'two module moves into a subpackage, in 84 files of which 43 did not parse before',
    moves: [
      { from: 'netra_backend.app.core.user_execution_engine', to: 'netra_backend.app.agents.supervisor.user_execution_engine' },
      { from: 'netra_backend.app.core.agent_registry', to: 'netra_backend.app.agents.supervisor.agent_registry' },
    ],
  },
  {
    id: 'cb121935b',
    commit: 'cb121935b27b78fe81cc8859bfd7d856bfcfd44d',
    shape: 'symbol move keeping the local name (`import UserExecutionEngine as ExecutionEngine`)',
    moves: [
      {
        from: 'netra_backend.app.agents.supervisor.execution_engine:ExecutionEngine',
        to: 'netra_backend.app.agents.supervisor.user_execution_engine:UserExecutionEngine',
        localName: 'keep',
      },
    ],
  },
  {
    id: 'f4a191060',
    commit: 'f4a191060dfd8d1421813bfa68d254f051515b58',
    shape: 'symbol rename whose uses follow (UnifiedWebSocketManager → WebSocketManager), two module moves, one function move',
    moves: [
      { from: `${WS}.unified_manager:UnifiedWebSocketManager`, to: `${WS}.websocket_manager:WebSocketManager`, localName: 'rename' },
      { from: `${WS}.unified_manager`, to: `${WS}.websocket_manager` },
      { from: `${WS}.manager`, to: `${WS}.websocket_manager` },
      { from: 'netra_backend.app.core.configuration.base:get_config', to: 'netra_backend.app.config:get_config' },
    ],
  },
  {
    id: '2d2910896',
    commit: '2d29108968e27984c5c108b56533614c369da2dd',
    shape: 'whole-module move, names unchanged (unified_manager → websocket_manager, ~270 files)',
    moves: [{ from: `${WS}.unified_manager`, to: `${WS}.websocket_manager` }],
  },
  {
    id: 'ac8886009',
    commit: 'ac8886009f85699c80824d9ba02528a3ddee8102',
    shape: 'whole-module move onto a new module (websocket_manager → canonical_import_patterns), parenthesised imports',
    moves: [{ from: `${WS}.websocket_manager`, to: `${WS}.canonical_import_patterns` }],
  },
  {
    id: '4faa42a84',
    commit: '4faa42a849735827bdf4bd391be06ece4fa0aef6',
    shape: 'two modules onto one, back again (canonical_import_patterns, unified_manager → websocket_manager) with a rename, ~1,000 files, multi-line imports',
    moves: [
      { from: `${WS}.canonical_import_patterns`, to: `${WS}.websocket_manager` },
      { from: `${WS}.unified_manager:UnifiedWebSocketManager`, to: `${WS}.websocket_manager:WebSocketManager`, localName: 'rename' },
      { from: `${WS}.unified_manager`, to: `${WS}.websocket_manager` },
    ],
  },
  {
    id: '40d42b478',
    commit: '40d42b478ab8a04e1d1971cfbc30a336ec34a46d',
    shape: 'TS: whole-module move of the frontend logger (@/utils/debug-logger → @/lib/logger), imports and jest.mock strings',
    moves: [{ from: '@/utils/debug-logger', to: '@/lib/logger' }],
    javascript: { root: 'frontend' },
  },
  {
    id: '357ec2f4e',
    commit: '357ec2f4e675329c3eba98ae2f4f7dcac33a3949',
    shape: 'TS: whole-module move of the type registry (@/types/registry → @/types/unified) inside a larger checkpoint commit',
    moves: [{ from: '@/types/registry', to: '@/types/unified' }],
    javascript: { root: 'frontend' },
  },
];
