// Resolves the @app/* aliases of tsconfig.json against the compiled tree in dist/ at run time.
// Plain JS on purpose: it runs before anything is compiled-aware (node -r ./scripts/paths.js ...).
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.json');
tsConfigPaths.register({ baseUrl: path.join(__dirname, '..', 'dist'), paths: compilerOptions.paths });
