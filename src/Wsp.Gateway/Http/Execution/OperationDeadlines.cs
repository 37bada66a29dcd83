using Wsp.Gateway.Hosting;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// Starts each operation's <see cref="OperationDeadline"/>: the execution timeout of <see cref="GatewayLimits"/>, counted
/// on the <see cref="GatewayTime"/>. Thread-safe.
/// </summary>
/// <param name="limits">The gateway's limits.</param>
/// <param name="time">The time the deadlines are counted on.</param>
internal sealed class OperationDeadlines(GatewayLimits limits, GatewayTime time)
{
    /// <summary>Starts an operation's deadline.</summary>
    /// <param name="caller">The client's cancellation (its disconnect).</param>
    /// <returns>The deadline, to dispose when the operation ends.</returns>
    public OperationDeadline Start(CancellationToken caller) => new(limits.ExecutionTimeout, time.Provider, caller);
}
