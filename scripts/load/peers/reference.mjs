// The reference data the GraphQL peers serve, from the gateway's own answer to
// { regions { code name municipalities { code name } } } (the load script captures it), so every server sends the same
// bytes. The schema is the part of the gateway's schema (schema/wsp.graphql) the measured queries select.
import { readFileSync } from 'node:fs';

export const typeDefs = /* GraphQL */ `
  type Query {
    regions: [LabourMarketRegion!]!
    region(code: String!): LabourMarketRegion
  }
  type LabourMarketRegion {
    code: String!
    name: String!
    municipalities: [Municipality!]!
  }
  type Municipality {
    code: String!
    name: String!
  }
`;

export function loadRegions(file) {
  const regions = JSON.parse(readFileSync(file, 'utf8')).data.regions;
  const byCode = new Map(regions.map((region) => [region.code, region]));
  return { regions, byCode };
}

// "--name value" pairs from the command line.
export function argument(name) {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0 || at + 1 >= process.argv.length) {
    throw new Error(`--${name} is required`);
  }
  return process.argv[at + 1];
}

export function listening(name, port) {
  process.stdout.write(`${name} listening on 127.0.0.1:${port}\n`);
}
