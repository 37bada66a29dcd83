using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// The execution timeout and the client's disconnect of one operation, with the SDK's commit point: they stop a query, and
/// a mutation up to its first write, but never report a stored write as stopped. A mutation field runs with
/// <see cref="WriteToken"/>, which the deadline cancels: the SDK then stops a write before its commit point
/// (<see cref="OperationCanceledException"/>, nothing written) or names its outcome as unknown
/// (<see cref="WriteOutcomeUnknownException"/>). Once a mutation field has started, the deadline no longer cancels the
/// execution itself (<see cref="ExecutionToken"/>), so a write the store committed is answered with its payload, however
/// late.
/// </summary>
internal sealed class OperationDeadline : IDisposable
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenSource _execution = new();
    private readonly CancellationTokenRegistration _registration;
    private bool _writing;
    private WriteOutcomeUnknownException? _unknown;

    /// <summary>
    /// Starts the deadline: <paramref name="timeout"/> from now on <paramref name="time"/>, or the caller's cancellation,
    /// whichever is first.
    /// </summary>
    public OperationDeadline(TimeSpan timeout, TimeProvider time, CancellationToken caller)
    {
        _timer = new CancellationTokenSource(timeout, time);
        _deadline = CancellationTokenSource.CreateLinkedTokenSource(caller, _timer.Token);
        _registration = _deadline.Token.Register(Expire);
    }

    /// <summary>Gets the token the execution runs with: cancelled by the deadline until a mutation field starts.</summary>
    public CancellationToken ExecutionToken => _execution.Token;

    /// <summary>Gets the token a mutation field's write runs with: cancelled by the deadline, whenever it comes.</summary>
    public CancellationToken WriteToken => _deadline.Token;

    /// <summary>Gets the write whose outcome became unknown at the deadline, if one did.</summary>
    public WriteOutcomeUnknownException? Unknown
    {
        get
        {
            lock (_lock)
            {
                return _unknown;
            }
        }
    }

    /// <summary>Marks a mutation field as started: from now on the deadline reaches only its writes (<see cref="WriteToken"/>).</summary>
    /// <exception cref="OperationCanceledException">The deadline passed before: the field does not start, nothing is written.</exception>
    public void BeginWrite()
    {
        lock (_lock)
        {
            _execution.Token.ThrowIfCancellationRequested();
            _writing = true;
        }
    }

    /// <summary>Remembers a write whose outcome is unknown, to answer it rather than a timeout should the execution stop.</summary>
    public void Record(WriteOutcomeUnknownException unknown)
    {
        lock (_lock)
        {
            _unknown ??= unknown;
        }
    }

    public void Dispose()
    {
        _registration.Dispose();
        _deadline.Dispose();
        _timer.Dispose();
        _execution.Dispose();
    }

    private void Expire()
    {
        lock (_lock)
        {
            if (!_writing)
            {
                _execution.Cancel();
            }
        }
    }
}
