// Word lists the synthetic corpus builds names, comments and strings from. None of them may
// contain a fragment of a legacy module name (the plan's needles, e.g. `manager`, `registry`):
// files outside the legacy share must never match the prefilter, and the module checks that here.

/** Fragments no unrelated content may contain (case-insensitive); a superset of the corpus's needles. */
export const FORBIDDEN_FRAGMENTS = ['manager', 'registry', 'legacy', 'unified', 'ws-'] as const;

export const NOUNS = [
  'order', 'invoice', 'customer', 'account', 'session', 'token', 'payload', 'report', 'metric', 'channel',
  'message', 'event', 'queue', 'schedule', 'profile', 'tenant', 'quota', 'billing', 'audit', 'cache',
  'config', 'thread', 'sample', 'record', 'batch', 'ledger', 'widget', 'route', 'request', 'response',
  'snapshot', 'policy', 'rule', 'signal', 'stream', 'frame', 'cursor', 'bucket', 'shard', 'lease',
  'window', 'summary', 'draft', 'asset', 'upload', 'digest', 'budget', 'forecast', 'trace', 'span',
] as const;

export const VERBS = [
  'load', 'save', 'build', 'parse', 'render', 'compute', 'validate', 'normalize', 'fetch', 'merge',
  'apply', 'resolve', 'collect', 'format', 'dispatch', 'refresh', 'prune', 'score', 'encode', 'decode',
  'sync', 'publish', 'archive', 'restore', 'compare', 'split', 'flush', 'rotate', 'track', 'emit',
] as const;

export const ADJECTIVES = [
  'pending', 'active', 'stale', 'cached', 'remote', 'local', 'primary', 'partial', 'expired', 'signed',
  'draft', 'final', 'shared', 'private', 'nested', 'raw', 'clean', 'batched', 'delayed', 'urgent',
] as const;

export const DOMAINS = [
  'billing', 'accounts', 'analytics', 'auth', 'catalog', 'checkout', 'content', 'delivery', 'files',
  'inventory', 'insights', 'messaging', 'notifications', 'orders', 'payments', 'pricing', 'reports',
  'search', 'settings', 'shipping', 'support', 'telemetry', 'tenants', 'workflows',
] as const;

export const SUBPACKAGES = ['api', 'models', 'services', 'handlers', 'schemas', 'tasks', 'adapters', 'views', 'rules', 'stores'] as const;

export const COMMENTS = [
  'Keep the order stable: downstream consumers diff these lists.',
  'The upstream API returns null instead of an empty list here.',
  'Retry once; the second failure is reported to the caller.',
  'Normalise before hashing so equal payloads share a cache entry.',
  'TODO: drop this branch once every tenant has migrated.',
  'Cheap check first, the expensive lookup only when needed.',
  'Timestamps are UTC everywhere below this point.',
  'Bounded on purpose: a runaway batch must not block the queue.',
  'This mirrors the behaviour of the previous release.',
  'Values are copied so callers cannot mutate our state.',
  'See the runbook for how to recover a half-written batch.',
  'NOTE: the field is optional in older payloads.',
] as const;

export const SENTENCES = [
  'Collects the records that still need a decision.',
  'Builds the response body from the stored snapshot.',
  'Validates the payload and returns a list of problems.',
  'Computes totals per tenant, rounding at the end only.',
  'Wraps the transport so tests can substitute a fake.',
  'Returns a copy; the stored value is never exposed.',
  'Resolves the effective policy for the given account.',
  'Splits the input into batches of bounded size.',
  'Publishes the event after the transaction commits.',
  'Loads the configuration once and caches it per process.',
  'Formats the amount for display in the current locale.',
  'Tracks how long each step took, for the metrics page.',
] as const;

for (const list of [NOUNS, VERBS, ADJECTIVES, DOMAINS, SUBPACKAGES, COMMENTS, SENTENCES]) {
  for (const word of list) {
    const hit = FORBIDDEN_FRAGMENTS.find((f) => word.toLowerCase().includes(f));
    if (hit) throw new Error(`corpus vocabulary word "${word}" contains the forbidden fragment "${hit}"`);
  }
}

export const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
