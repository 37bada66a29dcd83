using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Wsp.Gateway.Schema;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// Decides whether an executed answer is public reference data, the same for every caller while the data version is:
/// a query that ran without errors and resolved only fields marked <see cref="ReferenceDataMetadata"/> (and introspection,
/// which reads the schema, fixed for the process). Read from the execution tree, so fragments, aliases and abstract
/// types count as they ran. Only such answers go into the <see cref="ResultCache"/> and get HTTP caching headers.
/// </summary>
internal static class ReferenceAnswers
{
    public static bool AreReferenceOnly(ExecutionResult result, ISchema schema) =>
        result is { Executed: true, Operation.Operation: OperationType.Query, Data: RootExecutionNode root }
        && result.Errors is not { Count: > 0 }
        && AllReferenceData(root, schema);

    private static bool AllReferenceData(ObjectExecutionNode node, ISchema schema)
    {
        var introspection = IsIntrospection(node.GetObjectGraphType(schema)?.Name);
        foreach (var field in node.SubFields ?? [])
        {
            var definition = field.FieldDefinition;
            if (!(introspection || IsIntrospection(definition.Name) || ReferenceDataMetadata.IsReferenceData(definition)) || !Descend(field, schema))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Descend(ExecutionNode node, ISchema schema) => node switch
    {
        ObjectExecutionNode child => AllReferenceData(child, schema),
        ArrayExecutionNode list => (list.Items ?? []).TrueForAll(item => Descend(item, schema)),
        _ => true,
    };

    // __typename, __schema, __type and the introspection types (__Type, __Field, …).
    private static bool IsIntrospection(string? name) => name is not null && name.StartsWith("__", StringComparison.Ordinal);
}
