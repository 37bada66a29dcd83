using Wsp.Gateway.Hosting;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// Starts each operation's <see cref="OperationDeadline"/>: the execution timeout of <see cref="GatewayLimits"/>, counted
/// on a time provider. The gateway counts on the system's; a test gives a fake one, so a deadline passes when the test
/// moves the time, never because a loaded machine was slow. Thread-safe.
/// </summary>
/// <param name="limits">The gateway's limits.</param>
/// <param name="time">The time the deadlines are counted on.</param>
internal sealed class OperationDeadlines(GatewayLimits limits, TimeProvider time)
{
    /// <summary>Gets the execution timeout.</summary>
    public TimeSpan Timeout => limits.ExecutionTimeout;

    /// <summary>Starts an operation's deadline.</summary>
    /// <param name="caller">The client's cancellation (its disconnect).</param>
    /// <returns>The deadline, to dispose when the operation ends.</returns>
    public OperationDeadline Start(CancellationToken caller) => new(limits.ExecutionTimeout, time, caller);
}
