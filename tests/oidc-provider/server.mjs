// A real OpenID Connect provider (npm oidc-provider 9) for the gateway's production authentication tests, started by
// the tests (tests/Wsp.Testing.Node's OidcProvider) on free loopback ports and stopped after.
//
//   node server.mjs --audience urn:wsp:gateway [--ttl 300] [--exit-with-stdin]
//
// Two issuers listen, both over plain http on 127.0.0.1 (loopback only; oidc-provider takes an http issuer as it is,
// the gateway is told to accept http metadata in the test only): the provider the gateway trusts, and "another
// issuer" that signs with the same keys, so a token of it is refused for its issuer alone. It prints
// "LISTENING <port> <other port>" once both listen.
//
// Clients (client credentials, client_secret_post, secret "secret-" + id) carry the partner claims a real IdP maps onto
// its access tokens (see the README's "Connecting a real identity provider"):
//   wsp-uwv → wsp_partner UWV, wsp-national-desk → NATIONAL_DESK, wsp-ministry → MINISTRY,
//   wsp-gm0503 → GM0503 (its own region), wsp-gm0518 → GM0518 with wsp_region AM21, wsp-unmapped → no partner claim.
// Access tokens are JWTs (RS256, typ at+jwt) for the resource the client asks for (default: --audience), valid --ttl
// seconds.
//
// Test controls, one command a line on standard input (answered with one line on standard output):
//   rotate          → the provider signs with a new key from now on and publishes it beside the old ones (as an IdP
//                     rolls its keys over); answers "ROTATED <kid>"
//   clock <seconds> → the provider's clock runs <seconds> off the machine's (negative: in the past), so it can issue a
//                     token that has already expired without anyone waiting; answers "CLOCK <seconds>"
// With --exit-with-stdin the process ends when its standard input closes (the test process died).
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values: options } = parseArgs({
  options: {
    audience: { type: 'string', default: 'urn:wsp:gateway' },
    ttl: { type: 'string', default: '300' },
    'exit-with-stdin': { type: 'boolean', default: false },
  },
});
const ttl = Number.parseInt(options.ttl, 10);

// The provider's clock: oidc-provider reads Date.now() for iat and exp.
const realNow = Date.now.bind(Date);
let clockOffsetMs = 0;
Date.now = () => realNow() + clockOffsetMs;

const partners = {
  'wsp-uwv': { wsp_partner: 'UWV' },
  'wsp-national-desk': { wsp_partner: 'NATIONAL_DESK' },
  'wsp-ministry': { wsp_partner: 'MINISTRY' },
  'wsp-gm0503': { wsp_partner: 'GM0503' },
  'wsp-gm0518': { wsp_partner: 'GM0518', wsp_region: ['AM21'] },
  'wsp-unmapped': {},
};

function newKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };
}

function makeProvider(issuer, keys) {
  const provider = new Provider(issuer, {
    jwks: { keys },
    clients: Object.keys(partners).map((id) => ({
      client_id: id,
      client_secret: `secret-${id}`,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => options.audience,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resource) => ({
          scope: 'wsp',
          audience: resource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: ttl,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // The partner claims, mapped from the client as a real IdP maps them from the client's registration.
    extraTokenClaims: async (ctx) => partners[ctx.oidc.client?.clientId] ?? {},
    ttl: { ClientCredentials: () => ttl },
  });
  provider.on('server_error', (_ctx, error) => console.error('server_error', error));
  return provider;
}

let keys = [newKey()];
let handlers = {};

function listen(name) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => handlers[name](req, res));
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const main = await listen('main');
const other = await listen('other');
const issuer = `http://127.0.0.1:${main.address().port}`;
const otherIssuer = `http://127.0.0.1:${other.address().port}`;
handlers.main = makeProvider(issuer, keys).callback();
handlers.other = makeProvider(otherIssuer, keys).callback();
console.log(`LISTENING ${main.address().port} ${other.address().port}`);

const commands = createInterface({ input: process.stdin });
commands.on('line', (line) => {
  const [command, argument] = line.trim().split(/\s+/);
  if (command === 'rotate') {
    // The new key signs (the provider signs with the first key of an algorithm); the old ones stay published, so
    // tokens they signed still validate until they expire.
    keys = [newKey(), ...keys];
    handlers.main = makeProvider(issuer, keys).callback();
    console.log(`ROTATED ${keys[0].kid}`);
  } else if (command === 'clock' && /^-?\d+$/.test(argument ?? '')) {
    clockOffsetMs = Number.parseInt(argument, 10) * 1000;
    console.log(`CLOCK ${argument}`);
  } else if (command) {
    console.log(`UNKNOWN ${line}`);
  }
});
commands.on('close', () => {
  if (options['exit-with-stdin']) process.exit(0);
});
