using GraphQL;
using GraphQL.Resolvers;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>
/// Runs a mutation field under the operation's deadline (<see cref="Http.Execution.OperationDeadline"/>): its resolver gets
/// the write token, so the SDK's commit point decides what a timeout or a disconnect means for the write, and a write
/// whose outcome became unknown is remembered for the answer.
/// </summary>
internal sealed class CommitPointResolver(IFieldResolver inner) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (context.UserContext is not WspUserContext { Deadline: { } deadline })
        {
            return await inner.ResolveAsync(context).ConfigureAwait(false);
        }

        deadline.BeginWrite();
        try
        {
            return await inner.ResolveAsync(new ResolveFieldContext(context) { CancellationToken = deadline.WriteToken }).ConfigureAwait(false);
        }
        catch (WriteOutcomeUnknownException unknown)
        {
            deadline.Record(unknown);
            throw;
        }
    }
}
