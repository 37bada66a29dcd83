using GraphQL;

namespace Wsp.Gateway.Errors;

/// <summary>A name that fits several municipalities: answered with the candidates' codes in <c>extensions.candidates</c>.</summary>
internal sealed class AmbiguousNameError : ExecutionError
{
    public AmbiguousNameError(string message, IReadOnlyList<string> candidates)
        : base(message)
    {
        Code = ErrorCodes.Ambiguous;
        Candidates = candidates;
    }

    public IReadOnlyList<string> Candidates { get; }
}
