using GraphQL.Validation;
using GraphQLParser.AST;
using Wsp.Gateway.Errors;

namespace Wsp.Gateway.Schema;

/// <summary>
/// Per-field authorization before execution: every selected field (also inside fragments) is checked against its
/// <see cref="Access"/> metadata, so a document asking for anything the partner may not see is refused whole with
/// <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c> and no resolver runs. Which region's records are visible is decided later,
/// by the resolvers, once the records are known.
/// </summary>
internal sealed class FieldAccessValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((node, validation) =>
        {
            if (validation.TypeInfo.GetFieldDef() is not { } field)
            {
                return;
            }

            var access = AccessMetadata.AccessOf(field);
            if (access == Access.Public)
            {
                return;
            }

            var partner = (validation.UserContext as WspUserContext)?.Partner;
            if (partner is null)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, ErrorCodes.Unauthenticated, $"'{field.Name}' needs a bearer token: only reference data is public.", node) { Code = ErrorCodes.Unauthenticated });
            }
            else if (!partner.Allows(access))
            {
                validation.ReportError(new ValidationError(validation.Document.Source, ErrorCodes.Forbidden, $"{partner} may not use '{field.Name}': {Explain(access)}.", node) { Code = ErrorCodes.Forbidden });
            }
        }));

    private static string Explain(Access access) => access == Access.Write
        ? "records are changed by municipalities and UWV"
        : "the ministry reads aggregates only, never a single record or candidate";
}
