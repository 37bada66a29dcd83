// graphql-inspector's completion handler (diff --onComplete): hands the classified changes to check.mjs through the
// file WSP_SCHEMA_CHANGES names, instead of graphql-inspector's own rule (exit 1 on any breaking change), so check.mjs
// can weigh them against the API version.
const { writeFileSync } = require('node:fs');

module.exports = ({ breakingChanges, dangerousChanges, nonBreakingChanges }) => {
  const messages = (changes) => changes.map((change) => change.message);
  writeFileSync(process.env.WSP_SCHEMA_CHANGES, JSON.stringify({
    breaking: messages(breakingChanges),
    dangerous: messages(dangerousChanges),
    nonBreaking: messages(nonBreakingChanges),
  }));
};
