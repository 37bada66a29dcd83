using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>
/// A partner's use of the SDK (de afnemer aan het werk): every read, change and figure of the store, for one caller.
/// Each method first decides what the caller may do (its regions, the records it may read or change, the owner-only
/// steps, the national desk's steps, a region's contact person), then reads, applies the aggregate's rule and writes
/// with the conflict retry, and answers figures already disclosed for the caller. The gateway's resolvers, the dashboard
/// and the <c>wsp</c> tool make one call per step and decide nothing themselves.
/// </summary>
/// <remarks>
/// <para>
/// DESIGN.md, Architecture and Security model. A refusal of access is an <see cref="AccessDeniedException"/>, a broken
/// rule a <see cref="RuleViolationException"/> naming the rule, a store's refusal a <see cref="StoreException"/>; nothing
/// is written for a refused step. The client composes and never re-decides: each rule stays in its aggregate.
/// </para>
/// <para>
/// Shaped as the Azure SDK's clients: the protected constructor and virtual methods let a partner's own code mock it,
/// every asynchronous method takes a <see cref="CancellationToken"/>. A client holds no per-request state beyond its
/// caller and is thread-safe; make one per caller (it is cheap).
/// </para>
/// </remarks>
public partial class WspClient
{
    private readonly IWspStore _store = null!;
    private readonly ManagementInformationReader _reader = null!;

    /// <summary>Initializes a client for <paramref name="caller"/> over <paramref name="store"/>.</summary>
    /// <param name="store">The store (the embedded SQLite file or Cosmos DB).</param>
    /// <param name="caller">Who asks: a municipality, UWV, the national desk, the ministry, or the store's operator.</param>
    /// <param name="options">The options; null for <see cref="WspClientOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="caller"/> is null.</exception>
    public WspClient(IWspStore store, PartnerIdentity caller, WspClientOptions? options = null)
    {
        _store = Preconditions.CheckNotNull(store);
        Caller = Preconditions.CheckNotNull(caller);
        Options = options ?? WspClientOptions.Default;
        Disclosure = FigureDisclosure.For(caller, Options.SmallCountThreshold);
        _reader = new ManagementInformationReader(store);
    }

    /// <summary>Initializes a client for mocking: a derived test double overrides the methods it needs.</summary>
    protected WspClient()
    {
        Caller = PartnerIdentity.Operator;
        Options = WspClientOptions.Default;
        Disclosure = FigureDisclosure.Exact;
    }

    /// <summary>Gets who asks.</summary>
    public virtual PartnerIdentity Caller { get; }

    /// <summary>Gets the options.</summary>
    public virtual WspClientOptions Options { get; }

    /// <summary>Gets how the caller's figures are disclosed: exact, or with small counts withheld (the ministry).</summary>
    public virtual FigureDisclosure Disclosure { get; }

    // ---- The caller's access (DESIGN.md, Security model), decided here for every method. ----

    /// <summary>Refuses a caller that reads aggregates only (the ministry) or books nothing from single records.</summary>
    private void EnsureReadsRecords(string action)
    {
        if (!Caller.ReadsRecords)
        {
            throw new AccessDeniedException(Caller, action, "the ministry reads aggregates only, never a single record or candidate");
        }
    }

    private void EnsureCanRead(RegionCode region, string action)
    {
        EnsureReadsRecords(action);
        if (!Caller.CanReadRecords(region))
        {
            throw new AccessDeniedException(Caller, action, "a municipality reads its own region's records", region);
        }
    }

    private void EnsureCanWrite(RegionCode region, string action)
    {
        if (!Caller.CanWriteRecords(region))
        {
            throw new AccessDeniedException(
                Caller,
                action,
                Caller.BookingPartner is null ? "records are changed by municipalities and UWV" : "a municipality changes its own region's records, UWV any region's",
                region);
        }
    }

    private BookingPartner Booker(string action) =>
        Caller.BookingPartner ?? throw new AccessDeniedException(Caller, action, "records are changed by municipalities and UWV");

    private void EnsureDesk(string action)
    {
        if (!Caller.CanManageArrangements)
        {
            throw new AccessDeniedException(Caller, action, "the national desk manages arrangements and its own organisation", rule: RuleId.L2);
        }
    }

    /// <summary>The regions a list of records is narrowed to: the asked one when readable, the caller's own, or null for every region.</summary>
    private IReadOnlyCollection<RegionCode>? RecordScope(RegionCode? asked, string action)
    {
        EnsureReadsRecords(action);
        if (asked is { } region)
        {
            EnsureCanRead(region, action);
            return [region];
        }

        return Caller.CanReadNationalAggregates ? null : Caller.Regions;
    }

    /// <summary>The regions a figure counts: the asked one when its figures are readable, the caller's own, or null for every region.</summary>
    private IReadOnlyCollection<RegionCode>? AggregateScope(RegionCode? asked, string action)
    {
        if (asked is { } region)
        {
            if (!Caller.CanReadAggregates(region))
            {
                throw new AccessDeniedException(Caller, action, "a municipality reads its own region's figures", region);
            }

            return [region];
        }

        return Caller.CanReadNationalAggregates ? null : Caller.Regions;
    }
}
