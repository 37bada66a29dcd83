using GraphQL;
using Wsp.Sdk;

namespace Wsp.Gateway.Errors;

/// <summary>
/// The SDK refused the caller (<see cref="AccessDeniedException"/>): <c>FORBIDDEN</c>, with the rule that reserves the
/// step in <c>extensions.rule</c> when one does (H11: only the owner hands a vacancy over).
/// </summary>
internal sealed class ForbiddenError : ExecutionError
{
    public ForbiddenError(AccessDeniedException denied)
        : base(denied.Message)
    {
        Code = ErrorCodes.Forbidden;
        Rule = denied.Rule?.Value;
    }

    public string? Rule { get; }
}
