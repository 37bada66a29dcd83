using Wsp.Gateway.Http.Execution;
using Wsp.Gateway.Loading;
using Wsp.Sdk;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The GraphQL user context of one request: the caller's <see cref="WspClient"/> (none for an anonymous request) and the
/// request's batch loaders, which read through that client, and the operation's deadline.
/// </summary>
internal sealed class WspUserContext : Dictionary<string, object?>
{
    private readonly Lazy<RequestLoaders>? _loaders;

    public WspUserContext(WspClient? client, OperationDeadline? deadline = null)
    {
        Client = client;
        Deadline = deadline;
        _loaders = client is null ? null : new Lazy<RequestLoaders>(() => new RequestLoaders(client), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the caller's client, or null for an anonymous request.</summary>
    public WspClient? Client { get; }

    /// <summary>Gets the operation's deadline, which mutation fields run under (<see cref="CommitPointResolver"/>).</summary>
    public OperationDeadline? Deadline { get; }

    /// <summary>Gets the caller, or null for an anonymous request.</summary>
    public PartnerIdentity? Partner => Client?.Caller;

    /// <summary>Gets the request's batch loaders, or null for an anonymous request.</summary>
    public RequestLoaders? Loaders => _loaders?.Value;
}
