namespace Wsp.Gateway.Errors;

/// <summary>The values of <c>extensions.code</c> the gateway answers with, besides rule ids such as <c>H13</c>.</summary>
internal static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Ambiguous = "AMBIGUOUS";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string Timeout = "TIMEOUT";
    public const string OutcomeUnknown = "OUTCOME_UNKNOWN";
}
