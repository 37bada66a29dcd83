// Probes a gateway that is starting (issue 20, item 5): how long from the process start until the first query is
// answered, and until its throughput is steady. Started by cold-start.sh right after it starts the gateway process.
//
//   node cold-start.mjs --url http://127.0.0.1:5201 --started <epoch ms> --token <JWT> [--seconds 10]
//
// Prints one JSON line: firstReference and firstAuthorised (ms from the process start to the first 200 answer of the
// small reference query, and then of the authorised one), steady (ms from the process start until a 250 ms window of
// sequential reference queries holds at least 90 % of the median window of the last two seconds), and the windows.
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) => (i % 2 === 0 ? [...pairs, [value.slice(2), all[i + 1]]] : pairs), []));
const url = `${args.url}/graphql`;
const started = Number(args.started);
const seconds = Number(args.seconds ?? 10);
const reference = JSON.stringify({ query: '{ region(code:"AM29") { name } }' });
const authorised = JSON.stringify({ query: '{ vacancies(first: 20) { edges { node { id title region { code name } employer { name } } } } }' });

async function post(body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${response.status} ${text.slice(0, 200)}`);
}

// Until the process listens, a connection is refused: try again every 5 ms.
async function firstAnswer(body, token) {
  for (;;) {
    try {
      await post(body, token);
      return Date.now() - started;
    } catch (error) {
      if (!String(error.cause?.code ?? error.message).match(/ECONNREFUSED|ECONNRESET|fetch failed/)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

const firstReference = await firstAnswer(reference);
const firstAuthorised = await firstAnswer(authorised, args.token);
const windows = [];
const end = Date.now() + seconds * 1000;
let windowStart = Date.now();
let count = 0;
while (Date.now() < end) {
  await post(reference);
  count++;
  if (Date.now() - windowStart >= 250) {
    windows.push({ at: Date.now() - started, count });
    windowStart = Date.now();
    count = 0;
  }
}

const last = windows.slice(-8).map((w) => w.count).sort((a, b) => a - b);
const median = last[Math.floor(last.length / 2)];
const steady = windows.find((w) => w.count >= 0.9 * median)?.at ?? null;
console.log(JSON.stringify({ firstReference, firstAuthorised, steady, steadyPerSecond: median * 4, windows: windows.map((w) => w.count) }));
