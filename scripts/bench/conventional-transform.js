// The benchmark's anchor for TS: a jscodeshift transform the way users write one for an import
// move (recast through api.jscodeshift, a source.includes guard before parsing, find the import
// declarations of the legacy modules, retarget them, rename the moved names). Not ssot-codemod's
// transform: scripts/bench (ts2000 scenario) runs it under stock `jscodeshift -t … --dry`.

/** The generated corpus's JS moves, spelled as its files spell them (see scripts/corpus/fixed-files.ts). */
const MOVES = [
  { from: '@/services/legacyWs', to: '@/services/webSocketService', names: {} },
  { from: '@/hooks/useLegacySocket', to: '@/hooks/useWebSocket', names: { useLegacySocket: 'useWebSocket' } },
  // Reached through relative paths from every directory: matched by its last segment.
  { from: /(^|\/)ws-manager$/, to: '@/services/webSocketService', names: { WSManager: 'WebSocketService' } },
];
const GUARD = ['legacyWs', 'useLegacySocket', 'ws-manager'];

const moveFor = (source) => MOVES.find((m) => (typeof m.from === 'string' ? m.from === source : m.from.test(source)));

module.exports = function transformer(file, api) {
  // Most files never mention a legacy module: skip them before paying for a parse.
  if (!GUARD.some((needle) => file.source.includes(needle))) return undefined;
  const j = api.jscodeshift;
  const root = j(file.source);
  let changed = false;
  root
    .find(j.ImportDeclaration)
    .filter((p) => typeof p.node.source.value === 'string' && moveFor(p.node.source.value))
    .forEach((p) => {
      const move = moveFor(p.node.source.value);
      p.node.source = j.stringLiteral(move.to);
      p.node.specifiers = (p.node.specifiers || []).map((specifier) => {
        const renamed = specifier.type === 'ImportSpecifier' && move.names[specifier.imported.name];
        if (!renamed) return specifier;
        // Keep the file's local name: `import { New as Old }` leaves every use untouched.
        const local = specifier.local ? specifier.local.name : specifier.imported.name;
        return j.importSpecifier(j.identifier(renamed), j.identifier(local));
      });
      changed = true;
    });
  return changed ? root.toSource({ quote: 'single' }) : undefined;
};

module.exports.parser = 'tsx';
