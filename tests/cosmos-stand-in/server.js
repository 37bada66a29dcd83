#!/usr/bin/env node
// TEST-ONLY Cosmos DB stand-in for Wsp.Sdk's Cosmos store tests (never for production data).
//
// Starts @vercel/cosmosdb-server over TLS on 127.0.0.1 and patches its request handling, in this process, where it
// falls short of real Cosmos DB for the Microsoft.Azure.Cosmos .NET SDK (see README.md beside this file):
//   - query-plan requests get a pass-through plan over the single partition-key range ""-"FF";
//   - a query is scoped to the partition key the request names (header x-ms-documentdb-partitionkey);
//   - a missing document answers 404, not 500, and every 404 carries code NotFound and x-ms-substatus 0 (a bare 404
//     makes the SDK retry a read for a second);
//   - SELECT DISTINCT (also with TOP) and a trailing OFFSET n LIMIT m are emulated;
//   - the change feed ("A-IM: Incremental feed") gives working continuations by a per-container sequence (_lsn);
//   - a transactional batch (and so bulk execution) is refused with a plain 400 instead of a JSON parse error (500);
//   - database and container resource ids never contain "/" or "+" (the package would give the 62nd and 63rd
//     database of a run such an id, which breaks the SDK's id-based URLs, for example its partition-key-range reads).
//
// Usage: node server.js [--port N] [--host H] [--cert cert.pem --key key.pem] [--exit-with-stdin]
//   --port             0 (default) picks a free port; env COSMOS_STAND_IN_PORT also sets it
//   --host             the address to listen on, 127.0.0.1 by default (loopback only)
//   --cert / --key     PEM files of the TLS certificate; the test harness generates a fresh self-signed pair per run.
//                      Without them the certificate bundled with @vercel/cosmosdb-server is used (self-signed, expired).
//   --exit-with-stdin  exit when standard input closes, so the server never outlives the process that started it
// Once it accepts connections it prints exactly one line to stdout: "LISTENING <port>".
// COSMOS_STAND_IN_LOG=1 logs every request to stderr.
"use strict";

const fs = require("fs");
const path = require("path");
const { createHttpsServer } = require("@vercel/cosmosdb-server");
const routesModule = require("@vercel/cosmosdb-server/lib/routes");
const Documents = require("@vercel/cosmosdb-server/lib/account/documents").default;

const serverPackageDir = path.dirname(require.resolve("@vercel/cosmosdb-server/package.json"));
const { SyntaxError: QuerySyntaxError } = require(require.resolve("@zeit/cosmosdb-query", {
  paths: [serverPackageDir]
}));

// ---------------------------------------------------------------------------------------------------------------------
// Arguments

function parseArguments(argv) {
  const options = {
    port: Number.parseInt(process.env.COSMOS_STAND_IN_PORT || "0", 10),
    host: "127.0.0.1",
    cert: null,
    key: null,
    exitWithStdin: false
  };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    const value = () => {
      i += 1;
      if (i >= argv.length) {
        fail(`missing value after ${name}`);
      }
      return argv[i];
    };
    switch (name) {
      case "--port":
      case "-p":
        options.port = Number.parseInt(value(), 10);
        break;
      case "--host":
        options.host = value();
        break;
      case "--cert":
        options.cert = value();
        break;
      case "--key":
        options.key = value();
        break;
      case "--exit-with-stdin":
        options.exitWithStdin = true;
        break;
      default:
        fail(`unknown argument ${name}`);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    fail("--port must be an integer from 0 to 65535");
  }
  if ((options.cert === null) !== (options.key === null)) {
    fail("--cert and --key go together");
  }
  return options;
}

function fail(message) {
  process.stderr.write(`cosmos-stand-in: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------------------
// Helpers

const isTrueHeader = (req, name) => String(req.headers[name] || "").toLowerCase() === "true";

async function readJsonBody(req) {
  const chunks = [];
  for await (const chunk of req) {
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : {};
}

function badRequest(res, message) {
  res.statusCode = 400;
  return { code: "BadRequest", message };
}

function notFound(res) {
  res.statusCode = 404;
  return { code: "NotFound", message: "Entity with the specified id does not exist in the system." };
}

function valueAt(document, segments) {
  let value = document;
  for (const segment of segments) {
    if (value === null || typeof value !== "object") {
      return undefined;
    }
    value = value[segment];
  }
  return value;
}

function partitionKeyPaths(collectionProperties) {
  const paths = ((collectionProperties && collectionProperties.partitionKey) || {}).paths || [];
  return paths.map(p => p.slice(1).split("/").map(s => s.replace(/^"(.*)"$/, "$1")));
}

// The partition key a request names: undefined when it names none, else the array of its components. A component {}
// is PartitionKey.None (the document has no value there); null is PartitionKey.Null.
function requestedPartitionKey(req) {
  const header = req.headers["x-ms-documentdb-partitionkey"];
  if (header === undefined) {
    return undefined;
  }
  const parsed = JSON.parse(Array.isArray(header) ? header[0] : header);
  return Array.isArray(parsed) ? parsed : [parsed];
}

function matchesPartitionKey(document, paths, components) {
  for (let i = 0; i < paths.length && i < components.length; i += 1) {
    const expected = components[i];
    const actual = valueAt(document, paths[i]);
    const isNone = expected !== null && typeof expected === "object";
    if (isNone ? actual !== undefined : actual !== expected) {
      return false;
    }
  }
  return true;
}

function allDocuments(collection) {
  return [...collection.documents._data.values()].map(item => item.read());
}

// ---------------------------------------------------------------------------------------------------------------------
// Change-feed sequence: every write of a document takes the container's next sequence number (its _lsn).

const s_lsnOfDocument = new WeakMap();
const originalSet = Documents.prototype._set;
Documents.prototype._set = function setWithSequenceNumber(data) {
  const collection = this._parent;
  collection.wspLastLsn = (collection.wspLastLsn || 0) + 1;
  s_lsnOfDocument.set(data, collection.wspLastLsn);
  return originalSet.call(this, data);
};

// ---------------------------------------------------------------------------------------------------------------------
// Query rewriting: the parser rejects DISTINCT and OFFSET/LIMIT, so they are stripped from the text and applied to the
// results. Only the outermost SELECT is handled (not inside subqueries).

const s_distinct = /^(\s*SELECT\s+)DISTINCT\s+/i;
const s_top = /^(\s*SELECT\s+)TOP\s+(\d+|@\w+)\s+/i;
const s_offsetLimit = /\s+OFFSET\s+(\d+|@\w+)\s+LIMIT\s+(\d+|@\w+)\s*$/i;

function numberArgument(token, parameters, clause) {
  let value = token;
  if (token.startsWith("@")) {
    const parameter = (parameters || []).find(p => p.name === token);
    if (!parameter) {
      throw new Error(`parameter ${token} of ${clause} is not given`);
    }
    value = parameter.value;
  }
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new Error(`${clause} needs a non-negative integer, not ${value}`);
  }
  return number;
}

function rewriteQuery(text, parameters) {
  const plan = { sql: text, distinct: false, top: null, offset: null, limit: null };
  if (s_distinct.test(plan.sql)) {
    plan.distinct = true;
    plan.sql = plan.sql.replace(s_distinct, "$1");
    const top = plan.sql.match(s_top);
    if (top) {
      // TOP applies after DISTINCT, so it cannot stay in the text the engine runs.
      plan.top = numberArgument(top[2], parameters, "TOP");
      plan.sql = plan.sql.replace(s_top, "$1");
    }
  }
  const offsetLimit = plan.sql.match(s_offsetLimit);
  if (offsetLimit) {
    plan.offset = numberArgument(offsetLimit[1], parameters, "OFFSET");
    plan.limit = numberArgument(offsetLimit[2], parameters, "LIMIT");
    plan.sql = plan.sql.replace(s_offsetLimit, "");
  }
  plan.postProcessed = plan.distinct || plan.offset !== null;
  return plan;
}

// Value equality for DISTINCT: JSON with object keys sorted.
function canonical(value) {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(",")}]`;
  }
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map(k => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  }
  return value === undefined ? "undefined" : JSON.stringify(value);
}

function postProcess(results, plan) {
  let rows = results;
  if (plan.distinct) {
    const seen = new Set();
    rows = rows.filter(row => {
      const key = canonical(row);
      if (seen.has(key)) {
        return false;
      }
      seen.add(key);
      return true;
    });
  }
  if (plan.top !== null) {
    rows = rows.slice(0, plan.top);
  }
  if (plan.offset !== null) {
    rows = rows.slice(plan.offset, plan.offset + plan.limit);
  }
  return rows;
}

const FULL_RANGE = { min: "", max: "FF" };
const SKIP_TOKEN_PREFIX = "wsp-skip:";

// ---------------------------------------------------------------------------------------------------------------------
// Handlers (signature of the package's handlers: (account, req, res, params) => body)

// What the SDK asks before running a query without a local query engine (always so on Linux): a plan that leaves all the
// work to the "backend" over the one partition-key range this stand-in has.
function queryPlan(res) {
  res.statusCode = 200;
  return {
    partitionedQueryExecutionInfoVersion: 2,
    queryInfo: {
      distinctType: "None",
      top: null,
      offset: null,
      limit: null,
      orderBy: [],
      orderByExpressions: [],
      groupByExpressions: [],
      groupByAliases: [],
      aggregates: [],
      groupByAliasToAggregateType: {},
      rewrittenQuery: "",
      hasSelectValue: false,
      dCountInfo: null,
      hasNonStreamingOrderBy: false
    },
    queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }]
  };
}

async function queryDocuments(account, req, res, { dbId, collId }) {
  const body = await readJsonBody(req);
  if (isTrueHeader(req, "x-ms-cosmos-is-query-plan-request")) {
    return queryPlan(res);
  }
  const collection = account.database(dbId).collection(collId);
  const properties = collection.read();
  if (!properties) {
    return notFound(res);
  }
  if (!body || typeof body.query !== "string") {
    return badRequest(res, "missing query");
  }

  let plan;
  let query;
  try {
    plan = rewriteQuery(body.query, body.parameters);
    query = collection.documents._getQuery(plan.sql);
  } catch (err) {
    return badRequest(res, err.message);
  }

  let documents = allDocuments(collection);
  const partitionKey = requestedPartitionKey(req);
  if (partitionKey !== undefined) {
    const paths = partitionKeyPaths(properties);
    documents = documents.filter(d => matchesPartitionKey(d, paths, partitionKey));
  }

  const maxItemCount = Number.parseInt(req.headers["x-ms-max-item-count"] || "-1", 10);
  const continuationHeader = req.headers["x-ms-continuation"];
  let continuation = null;
  if (continuationHeader) {
    try {
      continuation = JSON.parse(continuationHeader);
    } catch (err) {
      return badRequest(res, `malformed continuation ${continuationHeader}`);
    }
  }
  const execOptions = {
    parameters: body.parameters,
    udf: collection.documents._userDefinedFunctions(),
    compositeIndexes: ((properties.indexingPolicy || {}).compositeIndexes || [])
  };

  let page;
  let next = null;
  try {
    if (!plan.postProcessed) {
      const result = query.exec(documents, { ...execOptions, maxItemCount, continuation });
      page = result.result;
      next = result.continuation;
    } else {
      // The rewritten query runs whole; its results are paged here with a token that counts what was already sent.
      const rows = postProcess(query.exec(documents, execOptions).result, plan);
      const token = continuation && typeof continuation.token === "string" ? continuation.token : "";
      const skip = token.startsWith(SKIP_TOKEN_PREFIX) ? Number(token.slice(SKIP_TOKEN_PREFIX.length)) : 0;
      const take = maxItemCount > 0 ? maxItemCount : rows.length;
      page = rows.slice(skip, skip + take);
      if (skip + page.length < rows.length) {
        next = { token: `${SKIP_TOKEN_PREFIX}${skip + page.length}`, range: FULL_RANGE };
      }
    }
  } catch (err) {
    return badRequest(res, err.message);
  }

  if (next) {
    res.setHeader("x-ms-continuation", JSON.stringify(next));
  }
  res.setHeader("x-ms-item-count", String(page.length));
  res.statusCode = 200;
  return { _rid: properties._rid, Documents: page, _count: page.length };
}

function readDocument(account, req, res, { dbId, collId, docId }) {
  const collection = account.database(dbId).collection(collId);
  const properties = collection.read();
  if (!properties) {
    return notFound(res);
  }
  const components = requestedPartitionKey(req) || [];
  const paths = partitionKeyPaths(properties);
  const first = components.length ? components[0] : docId;
  const lookupKey = first !== null && typeof first === "object" ? docId : first;
  const document = collection.document(docId, lookupKey).read();
  if (!document || document.id !== docId || !matchesPartitionKey(document, paths, components)) {
    return notFound(res);
  }
  res.statusCode = 200;
  return document;
}

// "A-IM: Incremental feed" on a documents feed. The continuation is the ETag: the _lsn of the last change sent.
function readChangeFeed(account, req, res, { dbId, collId }) {
  const mode = String(req.headers["a-im"]);
  // The package's own response code answers every A-IM request with 304 once If-None-Match is present; that stays
  // right for the partition-key-range feed only, so this request is no longer marked as one.
  delete req.headers["a-im"];
  const collection = account.database(dbId).collection(collId);
  const properties = collection.read();
  if (!properties) {
    return notFound(res);
  }
  if (mode.toLowerCase() !== "incremental feed") {
    return badRequest(res, `change feed mode "${mode}" is not supported by the stand-in (only Incremental feed)`);
  }

  const lastLsn = collection.wspLastLsn || 0;
  const ifNoneMatch = req.headers["if-none-match"];
  let since = 0;
  if (ifNoneMatch === "*") {
    since = lastLsn;
  } else if (ifNoneMatch) {
    since = Number.parseInt(String(ifNoneMatch).replace(/"/g, ""), 10);
    if (!Number.isInteger(since)) {
      return badRequest(res, `malformed change feed continuation ${ifNoneMatch}`);
    }
  }
  const ifModifiedSince = req.headers["if-modified-since"];
  const sinceSeconds = !ifNoneMatch && ifModifiedSince ? Math.floor(Date.parse(ifModifiedSince) / 1000) : null;

  let documents = allDocuments(collection);
  const partitionKey = requestedPartitionKey(req);
  if (partitionKey !== undefined) {
    const paths = partitionKeyPaths(properties);
    documents = documents.filter(d => matchesPartitionKey(d, paths, partitionKey));
  }
  let changes = documents
    .map(d => ({ document: d, lsn: s_lsnOfDocument.get(d) || 0 }))
    .filter(c => c.lsn > since && (sinceSeconds === null || c.document._ts >= sinceSeconds))
    .sort((a, b) => a.lsn - b.lsn);
  const maxItemCount = Number.parseInt(req.headers["x-ms-max-item-count"] || "-1", 10);
  if (maxItemCount > 0) {
    changes = changes.slice(0, maxItemCount);
  }

  if (changes.length === 0) {
    res.statusCode = 304;
    res.setHeader("etag", `"${since}"`);
    res.setHeader("x-ms-item-count", "0");
    return {};
  }
  const lsn = changes[changes.length - 1].lsn;
  res.statusCode = 200;
  res.setHeader("etag", `"${lsn}"`);
  res.setHeader("x-ms-item-count", String(changes.length));
  return {
    _rid: properties._rid,
    Documents: changes.map(c => ({ ...c.document, _lsn: c.lsn })),
    _count: changes.length
  };
}

// Transactional batch and bulk execution send the SDK's binary (HybridRow) batch body, which the package cannot read
// (it fails with 500 on a JSON parse error). Refused plainly instead.
function refuseBatch(account, req, res) {
  req.resume();
  return badRequest(
    res,
    "The Cosmos DB stand-in does not support transactional batch or bulk execution (AllowBulkExecution): " +
      "the SDK sends them as a binary batch body. Write documents one by one against the stand-in."
  );
}

// ---------------------------------------------------------------------------------------------------------------------
// Routing: the package's request handler looks its routes up through this module's export on every request.

function pathOf(req) {
  let pathname = new URL(req.url, "https://stand-in").pathname;
  if (pathname.startsWith("//")) {
    pathname = pathname.slice(1);
  }
  while (pathname.length > 1 && pathname.endsWith("/")) {
    pathname = pathname.slice(0, -1);
  }
  return pathname;
}

const s_documentsPath = /^\/dbs\/([^/]+)\/colls\/([^/]+)\/docs$/;
const s_documentPath = /^\/dbs\/([^/]+)\/colls\/([^/]+)\/docs\/([^/]+)$/;

function ownRoute(req) {
  const pathname = pathOf(req);
  const documents = pathname.match(s_documentsPath);
  if (documents) {
    const params = { dbId: decodeURIComponent(documents[1]), collId: decodeURIComponent(documents[2]) };
    const isQuery =
      isTrueHeader(req, "x-ms-documentdb-isquery") || req.headers["content-type"] === "application/query+json";
    if (req.method === "POST" && isQuery) {
      return [params, queryDocuments];
    }
    if (req.method === "POST" && isTrueHeader(req, "x-ms-cosmos-is-batch-request")) {
      return [params, refuseBatch];
    }
    if (req.method === "GET" && req.headers["a-im"]) {
      return [params, readChangeFeed];
    }
    return undefined;
  }
  const document = pathname.match(s_documentPath);
  if (document && req.method === "GET") {
    const params = {
      dbId: decodeURIComponent(document[1]),
      collId: decodeURIComponent(document[2]),
      docId: decodeURIComponent(document[3])
    };
    return [params, readDocument];
  }
  return undefined;
}

const originalRoutes = routesModule.default;

// Real Cosmos DB answers every 404 with code NotFound and a sub-status; the package's handlers answer some with {}.
function withNotFoundBody(handler) {
  return async (account, req, res, params) => {
    const body = await handler(account, req, res, params);
    if (res.statusCode === 404) {
      res.setHeader("x-ms-substatus", "0");
      return { code: "NotFound", message: "Entity with the specified id does not exist in the system.", ...(body || {}) };
    }
    return body;
  };
}

routesModule.default = req => {
  const route = ownRoute(req) || originalRoutes(req);
  return route && [route[0], withNotFoundBody(route[1])];
};

// ---------------------------------------------------------------------------------------------------------------------
// Start

// Resource ids are base64; the package numbers databases and containers from a counter, so every 64th pair of ids
// holds "+" or "/". The SDK puts resource ids in URL paths (…/colls/{rid}/pkranges), where "/" splits the path and the
// request fails with 404. Skip those numbers: the counter stays monotonic and the ids unique.
function skipUnsafeResourceIds() {
  for (const name of ["databases", "collections"]) {
    const Kind = require(`@vercel/cosmosdb-server/lib/account/${name}`).default;
    const original = Kind.prototype._rid;
    Kind.prototype._rid = function rid(id) {
      let value = original.call(this, id);
      while (/[/+]/.test(value)) {
        this._ridCount += 1;
        value = original.call(this, this._ridCount);
      }
      return value;
    };
  }
}

function main() {
  skipUnsafeResourceIds();
  const options = parseArguments(process.argv.slice(2));
  const tls = {};
  if (options.cert) {
    tls.cert = fs.readFileSync(options.cert);
    tls.key = fs.readFileSync(options.key);
  }
  const server = createHttpsServer({ ...tls, keepAlive: true });
  // Longer than the .NET client's pooled-connection idle timeout, so the client never reuses a connection the server
  // is closing.
  server.keepAliveTimeout = 120000;
  if (process.env.COSMOS_STAND_IN_LOG === "1") {
    server.prependListener("request", (req, res) => {
      res.on("finish", () => {
        process.stderr.write(`${new Date().toISOString()} ${req.method} ${req.url} -> ${res.statusCode}\n`);
      });
    });
  }
  server.on("error", err => {
    process.stderr.write(`cosmos-stand-in: ${err.stack || err}\n`);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    process.stdout.write(`LISTENING ${server.address().port}\n`);
  });

  process.on("SIGTERM", () => process.exit(0));
  process.on("SIGINT", () => process.exit(0));
  if (options.exitWithStdin) {
    process.stdin.on("end", () => process.exit(0));
    process.stdin.on("error", () => process.exit(0));
    process.stdin.resume();
  }
}

main();
