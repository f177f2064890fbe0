// Babel is used only by jest to strip TypeScript types from sources and tests (type checking is
// `npm run typecheck`). The stock jscodeshift runner uses its own Babel settings (configFile: false).
module.exports = {
  presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
  plugins: ['@babel/plugin-transform-modules-commonjs'],
};
