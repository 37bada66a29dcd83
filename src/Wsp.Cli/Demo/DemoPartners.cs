using NodaTime;
using Wsp.Sdk;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Demo;

/// <summary>
/// The partners who make the demo data, each at work through a <see cref="WspClient"/> of its own, as through the
/// gateway: a region's municipality registers its employers, vacancies and placements, UWV refers its candidates, the
/// national desk runs its arrangements, a region's contact person joins them. Every client reads the demo's fixed clock,
/// so the same seed gives the same store, and every step is decided by the client, never by the demo.
/// </summary>
internal sealed class DemoPartners(IWspStore store)
{
    /// <summary>The demo's "now": a fixed moment.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 9, 0);

    private readonly WspClientOptions _options = new() { Clock = new FixedClock(Now) };
    private readonly Dictionary<string, WspClient> _clients = new(StringComparer.Ordinal);

    /// <summary>Gets the demo's clock.</summary>
    public IClock Clock => _options.Clock;

    /// <summary>Gets UWV's client.</summary>
    public WspClient Uwv => For(PartnerIdentity.Uwv);

    /// <summary>Gets the national desk's client.</summary>
    public WspClient Desk => For(PartnerIdentity.NationalDesk);

    /// <summary>Returns the client of a municipality working in its own region.</summary>
    public WspClient Municipality(Municipality municipality) => For(PartnerIdentity.ForMunicipality(municipality));

    /// <summary>
    /// Registers a demo employer (rule H8). The demo's employers are its own: an account the check offers as a possible
    /// duplicate is confirmed as another employer, as an advisor who knows both would; one the caller may not read cannot
    /// be confirmed, and stops the demo with the rule's refusal.
    /// </summary>
    public static async Task<EmployerAccount> RegisterEmployerAsync(WspClient owner, RegisterEmployerRequest request, CancellationToken cancellationToken)
    {
        var outcome = await owner.RegisterEmployerAsync(request, cancellationToken).ConfigureAwait(false);
        if (!outcome.IsRegistered && outcome.DuplicatesElsewhere == 0)
        {
            outcome = await owner.RegisterEmployerAsync(request with { ConfirmedDistinctFrom = [.. outcome.PossibleDuplicates.Select(a => a.Id)] }, cancellationToken).ConfigureAwait(false);
        }

        return outcome.Account ?? throw new RuleViolationException(
            RuleId.H8,
            $"Demo employer {request.Id} ('{request.Name}', {request.Establishment.Postcode}) may be one of {outcome.DuplicatesElsewhere} account(s) in regions {owner.Caller} may not read: write the demo into a store of its own.");
    }

    private WspClient For(PartnerIdentity caller)
    {
        var key = caller.ToString();
        if (!_clients.TryGetValue(key, out var client))
        {
            client = new WspClient(store, caller, _options);
            _clients[key] = client;
        }

        return client;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
