// graphql-js 16 behind graphql-http, the reference implementation of GraphQL over HTTP, on Node's http server.
// Usage: node graphql-http.mjs --regions FILE --port N
import http from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { argument, listening, loadRegions, typeDefs } from './reference.mjs';

const { regions, byCode } = loadRegions(argument('regions'));
const port = Number(argument('port'));
const handler = createHandler({
  schema: buildSchema(typeDefs),
  rootValue: {
    regions: () => regions,
    region: ({ code }) => byCode.get(code) ?? null,
  },
});

http
  .createServer((request, response) => {
    if (request.url === '/healthz') {
      response.end('ok');
      return;
    }
    handler(request, response);
  })
  .listen(port, '127.0.0.1', () => listening('graphql-http', port));
