// Runs the graphql-http server audits (the GraphQL-over-HTTP specification's own test suite) against a running
// server and prints one JSON line per audit: { id, name, status, reason }. Exit code 0 when it could run at all;
// the caller judges the results (MUST failures fail the .NET test).
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url of the GraphQL endpoint>');
  process.exit(2);
}

for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  console.log(JSON.stringify({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null }));
}
