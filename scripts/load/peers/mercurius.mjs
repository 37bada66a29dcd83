// Fastify with Mercurius, queries compiled by graphql-jit after their first run (jit: 1), Mercurius's query cache on
// (its default). Usage: node mercurius.mjs --regions FILE --port N
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { argument, listening, loadRegions, typeDefs } from './reference.mjs';

const { regions, byCode } = loadRegions(argument('regions'));
const port = Number(argument('port'));
const app = Fastify({ logger: false });
app.register(mercurius, {
  schema: typeDefs,
  resolvers: {
    Query: {
      regions: () => regions,
      region: (_, { code }) => byCode.get(code) ?? null,
    },
  },
  jit: 1,
  path: '/graphql',
});
app.get('/healthz', async () => 'ok');
await app.listen({ port, host: '127.0.0.1' });
listening('mercurius', port);
