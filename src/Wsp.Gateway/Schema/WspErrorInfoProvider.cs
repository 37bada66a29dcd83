using GraphQL;
using GraphQL.Execution;

namespace Wsp.Gateway.Schema;

/// <summary>Formats errors for clients: codes in <c>extensions.code</c>, candidates of ambiguous names, never a stack trace.</summary>
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

        return info;
    }
}
