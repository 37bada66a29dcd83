// GraphiQL for the Wsp gateway. Bundled by build.mjs into ../dist and served by the gateway itself: the page loads
// nothing from elsewhere (its Content-Security-Policy allows 'self' only).
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

const root = document.getElementById('graphiql');
const fetcher = createGraphiQLFetcher({
  url: root.dataset.endpoint,
  headers: { Accept: 'application/graphql-response+json, application/json' },
});

// Reference data is public; partner data needs a bearer token, set in the headers editor (open below the query).
const defaultQuery =
  '# Reference data is public. Partner data needs a bearer token: in Headers below, write\n' +
  '#   { "Authorization": "Bearer <token>" }\n{\n  regions {\n    code\n    name\n  }\n}\n';
// The partner queries of examples/queries, one tab each (the page carries them: GraphiQLExamples.cs).
const examples = JSON.parse(root.dataset.examples || '[]');

createRoot(root).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    defaultTabs: [{ query: defaultQuery }, ...examples],
    defaultHeaders: '{}',
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: false,
  }),
);
