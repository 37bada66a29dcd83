// Bundles GraphiQL with esbuild into ../dist (graphiql.js and graphiql.css). Run by the gateway's build
// (GraphiQL/GraphiQL.targets) when dist is missing or older than its inputs; `npm ci && npm run build` by hand.
import { build } from 'esbuild';

await build({
  entryPoints: { graphiql: 'src/index.jsx' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outdir: '../dist',
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
});
