using Wsp.Sdk.Arrangements;
using Wsp.Sdk;

namespace Wsp.Gateway.Loading;

/// <summary>
/// The national desk (landelijk werkgeversservicepunt, rule L4) as one request sees it: read from the store at most
/// once, however many arrangements ask for their advisor or how many desk steps a mutation request holds. A desk the
/// request itself writes replaces the cached one, so a later field of the same request sees the write. One instance
/// per request (never shared across partners or requests: the desk changes between them).
/// </summary>
internal sealed class DeskCache(WspClient client)
{
    private readonly Lock _lock = new();
    private Task<NationalDesk>? _desk;

    /// <summary>Returns the desk, reading it on the first call of the request only.</summary>
    public Task<NationalDesk> GetAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _desk ??= client.GetNationalDeskAsync(cancellationToken);
        }
    }

    /// <summary>Keeps the desk the request just wrote, so later fields read it without another store call.</summary>
    public NationalDesk Prime(NationalDesk desk)
    {
        lock (_lock)
        {
            _desk = Task.FromResult(desk);
        }

        return desk;
    }
}
