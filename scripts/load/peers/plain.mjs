// A plain Node http server: parses the JSON request body and answers with bytes the load script captured from the
// gateway, picked by the SHA-256 of the request's query (first 16 hex digits), as the plain ASP.NET endpoint
// (benchmarks/Wsp.Gateway.Baseline) does. The floor of any Node server. Usage: node plain.mjs --responses DIR --port N
import http from 'node:http';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { argument, listening } from './reference.mjs';

const folder = argument('responses');
const port = Number(argument('port'));
const responses = new Map(
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.slice(0, -'.json'.length), readFileSync(join(folder, name))]),
);

http
  .createServer((request, response) => {
    if (request.url === '/healthz') {
      response.end('ok');
      return;
    }
    if (request.method !== 'POST' || request.url !== '/graphql') {
      response.statusCode = 404;
      response.end();
      return;
    }
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      let query;
      try {
        query = JSON.parse(Buffer.concat(chunks).toString('utf8')).query;
      } catch {
        response.statusCode = 400;
        response.end();
        return;
      }
      const body = responses.get(createHash('sha256').update(String(query)).digest('hex').slice(0, 16));
      if (body === undefined) {
        response.statusCode = 404;
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
      response.end(body);
    });
  })
  .listen(port, '127.0.0.1', () => listening('node-plain', port));
