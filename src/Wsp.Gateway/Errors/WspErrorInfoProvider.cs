using GraphQL;
using GraphQL.Execution;
using Wsp.Sdk;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Errors;

/// <summary>
/// Formats errors for clients: codes in <c>extensions.code</c> (a rule id such as <c>H13</c> for a domain refusal,
/// <c>NOT_FOUND</c>/<c>CONFLICT</c> for the store's, <c>OUTCOME_UNKNOWN</c> with the records to read for a write whose outcome is unknown, <c>FORBIDDEN</c> for the SDK's access refusals, <c>BAD_USER_INPUT</c> for malformed input), candidates of
/// ambiguous names, never a stack trace.
/// </summary>
internal sealed class WspErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeData = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is AmbiguousNameError ambiguous)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["candidates"] = ambiguous.Candidates;
        }
        else if (executionError is ForbiddenError { Rule: { } rule })
        {
            // The step is reserved by a rule (an owner-only hand-over, H11): the client learns which, beside FORBIDDEN.
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["rule"] = rule;
        }
        else if (executionError is OutcomeUnknownError unknown)
        {
            // What to read to learn whether the write took effect (or to send again: the same ids answer as the first time).
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["records"] = unknown.Records.Select(r => new Dictionary<string, object?> { ["kind"] = Kind(r.Kind), ["id"] = r.Id }).ToArray();
        }

        return info;
    }

    /// <summary>
    /// Turns an exception a resolver let through into an error with a code (registered as GraphQL.NET's unhandled
    /// exception handler); anything not listed stays an opaque error without details.
    /// </summary>
    public static void MapException(UnhandledExceptionContext context)
    {
        context.Exception = context.OriginalException switch
        {
            AccessDeniedException denied => new ForbiddenError(denied),
            WriteOutcomeUnknownException unknown => new OutcomeUnknownError(unknown),

            // A mutation field's write stopped at the deadline before its commit point (the execution itself goes on).
            OperationCanceledException => new ExecutionError("The mutation ran past the execution timeout and was stopped before it wrote anything; send it again.") { Code = ErrorCodes.Timeout },
            RuleViolationException rule => new ExecutionError(rule.Message) { Code = rule.Rule.Value },
            StoreException { Code: StoreErrorCode.NotFound } store => new ExecutionError(store.Message) { Code = ErrorCodes.NotFound },
            StoreException { Code: StoreErrorCode.Conflict or StoreErrorCode.AlreadyExists } store => new ExecutionError(store.Message) { Code = ErrorCodes.Conflict },
            ArgumentException or FormatException => new ExecutionError(context.OriginalException.Message) { Code = ErrorCodes.BadUserInput },
            _ => context.Exception,
        };
    }

    /// <summary>A record kind as the schema spells enum values: <c>VACANCY</c>, <c>EMPLOYER_ACCOUNT</c>, ….</summary>
    private static string Kind(RecordKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
