namespace Wsp.Gateway.Hosting;

/// <summary>
/// The time the gateway's own timers count on: each operation's deadline and the drain delay at shutdown. The system's
/// time in production; a test registers a fake one, so those timers pass when the test moves the time, never because a
/// loaded machine was slow. Not a global <see cref="TimeProvider"/> registration: ASP.NET Core's authentication can
/// take its time from the container, and the tokens the tests sign are checked against the real clock. Immutable and
/// thread-safe.
/// </summary>
/// <param name="Provider">The time provider.</param>
internal sealed record GatewayTime(TimeProvider Provider)
{
    /// <summary>Gets the system's time, the gateway's default.</summary>
    public static GatewayTime System { get; } = new(TimeProvider.System);
}
