// The regression set: bulk import rewrites the netra team made by script (netra-systems/zen,
// 2025-09-05 … 09-17, and the 08-21 package move), and two of its frontend ones (2025-08), each
// with a manifest that states its mapping and local-name policy.
// Read by scripts/replay-history.ts; docs/replay.md explains why each commit was chosen.
import type { ReplayMove } from './compare-file';

const WS = 'netra_backend.app.websocket_core';

/** 75794a8ec: the `tests.*` packages and modules found under netra_backend/tests but not under tests/ at its parent. */
const MOVED_TEST_MODULES = [
  'tests.agents.test_agent_e2e_critical_setup',
  'tests.agents.test_example_prompts_base',
  'tests.agents.test_example_prompts_contexts',
  'tests.agents.test_example_prompts_runner',
  'tests.agents.test_supervisor_basic',
  'tests.agents.test_supervisor_patterns',
  'tests.agents.test_triage_caching_async',
  'tests.agents.test_triage_edge_performance',
  'tests.agents.test_triage_entity_intent',
  'tests.agents.test_triage_init_validation',
  'tests.core',
  'tests.e2e.concurrent_load_helpers',
  'tests.e2e.example_prompts_core',
  'tests.e2e.example_prompts_validators',
  'tests.e2e.infrastructure',
  'tests.e2e.latency_optimization_helpers',
  'tests.e2e.multi_constraint_test_helpers',
  'tests.e2e.scaling_test_helpers',
  'tests.e2e.state_validation_utils',
  'tests.e2e.test_capacity_planning',
  'tests.e2e.test_concurrent_load_core',
  'tests.e2e.test_fair_queuing',
  'tests.e2e.test_rate_limit_analysis',
  'tests.e2e.test_resource_exhaustion',
  'tests.e2e.test_scaling_edge_cases',
  'tests.e2e.test_scaling_integrity',
  'tests.e2e.test_scaling_metrics',
  'tests.e2e.test_usage_increase_analysis',
  'tests.e2e.test_websocket_limits',
  'tests.e2e.thread_test_fixtures',
  'tests.fixtures',
  'tests.helpers',
  'tests.integration.critical_paths',
  'tests.integration.helpers',
  'tests.integration.metrics',
  'tests.integration.staging_config',
  'tests.integration.test_helpers',
  'tests.performance',
  'tests.services',
  'tests.test_business_value_fixtures',
  'tests.websocket.test_compression_auth',
  'tests.websocket.test_concurrent_connections',
  'tests.websocket.test_memory_monitoring',
  'tests.websocket.test_message_ordering',
];

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
    id: '75794a8ec',
    commit: '75794a8eceadd1b9692c23848c17dc628c99f2f8',
    shape: 'package move (app → netra_backend.app, every submodule) plus the test modules that moved, in ~1,700 files',
    moves: [
      { from: 'app', to: 'netra_backend.app' },
      // The test modules that exist only under netra_backend/tests at the parent (top-level tests/ stays).
      ...MOVED_TEST_MODULES.map((m) => ({ from: m, to: `netra_backend.${m}` })),
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
