using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Partners;

/// <summary>
/// Who is asking (de afnemer): a partner kind with the regions it works in, and what the security model lets it do.
/// </summary>
/// <remarks>
/// DESIGN.md, Security model: a regional partner (a municipality) reads and writes its own region's records; UWV and
/// the national desk read across regions; UWV books in every region; the ministry reads aggregates only, never a
/// candidate or a single placement. The rules live here so that the gateway, the tool and any partner's own host
/// decide alike. Instances are immutable and thread-safe.
/// </remarks>
public sealed class PartnerIdentity
{
    private readonly HashSet<RegionCode> _regions;

    private PartnerIdentity(PartnerKind kind, MunicipalityCode? municipality, IEnumerable<RegionCode> regions)
    {
        Kind = kind;
        Municipality = municipality;
        _regions = [.. regions];
        Regions = [.. _regions.Order()];
    }

    /// <summary>Gets UWV, reading across regions and booking in every region.</summary>
    public static PartnerIdentity Uwv { get; } = new(PartnerKind.Uwv, null, []);

    /// <summary>Gets the national desk (Landelijk WSP Gemeenten).</summary>
    public static PartnerIdentity NationalDesk { get; } = new(PartnerKind.NationalDesk, null, []);

    /// <summary>Gets the ministry (SZW), which reads aggregates only.</summary>
    public static PartnerIdentity Ministry { get; } = new(PartnerKind.Ministry, null, []);

    /// <summary>
    /// Gets the store's operator (beheerder): the <c>wsp</c> tool run by whoever holds the store's keys. It reads every
    /// region's records and exact figures and imports placement files, but books nothing itself (it is no chain partner).
    /// No token ever names it: a gateway answers partners only.
    /// </summary>
    public static PartnerIdentity Operator { get; } = new(PartnerKind.Operator, null, []);

    /// <summary>Gets the kind of partner.</summary>
    public PartnerKind Kind { get; }

    /// <summary>Gets the municipality's code when <see cref="Kind"/> is <see cref="PartnerKind.Municipality"/>.</summary>
    public MunicipalityCode? Municipality { get; }

    /// <summary>Gets the regions a municipality works in, in code order; empty for the partners that work nationally.</summary>
    public IReadOnlyList<RegionCode> Regions { get; }

    /// <summary>Gets the partner as a booking partner (UWV or the municipality), or null for the desk and the ministry.</summary>
    public BookingPartner? BookingPartner => Kind switch
    {
        PartnerKind.Uwv => Partners.BookingPartner.Uwv,
        PartnerKind.Municipality => Partners.BookingPartner.ForMunicipality(Municipality!.Value),
        _ => null,
    };

    /// <summary>Returns a municipality working in the given regions (its own region, and any the token adds).</summary>
    /// <param name="municipality">The municipality's code.</param>
    /// <param name="regions">The regions it works in; at least one.</param>
    /// <returns>The identity.</returns>
    /// <exception cref="ArgumentException">The code is the default, or no region is given.</exception>
    public static PartnerIdentity ForMunicipality(MunicipalityCode municipality, IEnumerable<RegionCode> regions)
    {
        Preconditions.CheckInitialized(municipality);
        var list = Preconditions.CheckNotNull(regions).ToList();
        Preconditions.CheckArgument(list.Count > 0 && list.TrueForAll(r => r != default), nameof(regions), "A municipality works in at least one labour market region.");
        return new PartnerIdentity(PartnerKind.Municipality, municipality, list);
    }

    /// <summary>Returns a current municipality working in its own labour market region.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>The identity.</returns>
    /// <exception cref="ArgumentException">The municipality has no region (it was merged away before the regions existed).</exception>
    public static PartnerIdentity ForMunicipality(Municipality municipality)
    {
        Preconditions.CheckNotNull(municipality);
        var region = municipality.Region ?? throw new ArgumentException($"{municipality} lies in no labour market region.", nameof(municipality));
        return new PartnerIdentity(PartnerKind.Municipality, municipality.Code, [region.Code]);
    }

    /// <summary>
    /// Gets whether this partner reads single records at all (accounts, vacancies, referrals, placements, arrangements):
    /// municipalities, UWV, the national desk and the store's operator; never the ministry.
    /// </summary>
    public bool ReadsRecords => Kind is PartnerKind.Municipality or PartnerKind.Uwv or PartnerKind.NationalDesk or PartnerKind.Operator;

    /// <summary>Gets whether this partner changes records at all (the registration workflow): the chain partners that book, municipalities and UWV.</summary>
    public bool WritesRecords => BookingPartner is not null;

    /// <summary>Returns whether this partner may read single records (accounts, vacancies, referrals, placements) of a region.</summary>
    /// <param name="region">The region the records belong to.</param>
    /// <returns>Whether reading is allowed.</returns>
    public bool CanReadRecords(RegionCode region) => Kind switch
    {
        PartnerKind.Municipality => _regions.Contains(region),
        PartnerKind.Uwv or PartnerKind.NationalDesk or PartnerKind.Operator => true,
        _ => false,
    };

    /// <summary>Returns whether this partner may register or change records (workflow mutations) in a region.</summary>
    /// <param name="region">The region the records belong to.</param>
    /// <returns>Whether writing is allowed.</returns>
    public bool CanWriteRecords(RegionCode region) => Kind switch
    {
        PartnerKind.Municipality => _regions.Contains(region),
        PartnerKind.Uwv => true,
        _ => false,
    };

    /// <summary>Returns whether this partner may read counts and other aggregates of a region.</summary>
    /// <param name="region">The region counted.</param>
    /// <returns>Whether reading the aggregate is allowed.</returns>
    public bool CanReadAggregates(RegionCode region) => Kind == PartnerKind.Municipality ? _regions.Contains(region) : true;

    /// <summary>Gets whether this partner may read aggregates over every region at once (national totals).</summary>
    public bool CanReadNationalAggregates => Kind != PartnerKind.Municipality;

    /// <summary>Gets whether this partner may ever see a candidate reference or a single placement (not the ministry).</summary>
    public bool CanReadCandidates => Kind != PartnerKind.Ministry;

    /// <summary>
    /// Gets whether this partner's figures about people come with small counts withheld (onderdrukking kleine aantallen:
    /// the ministry, which never sees a single placement), in GraphQL as in its extracts.
    /// </summary>
    public bool ReadsSuppressedFigures => !CanReadCandidates;

    /// <summary>Gets whether this partner drafts and manages arrangements with national employers (the national desk, L2).</summary>
    public bool CanManageArrangements => Kind == PartnerKind.NationalDesk;

    /// <summary>
    /// Returns whether this partner may record a region's input data for its figures: its regional projects (H6) and its
    /// employers per sector (H5). These are the regional WSP's own figures, so the region's partners record them (its
    /// municipalities and UWV, which takes part in every regional WSP, H1), and the national desk, which gathers them.
    /// </summary>
    /// <param name="region">The region the data describe.</param>
    /// <returns>Whether recording is allowed.</returns>
    public bool CanRecordRegionalInputs(RegionCode region) => CanWriteRecords(region) || Kind == PartnerKind.NationalDesk;

    /// <summary>
    /// Returns whether this partner may add an establishment in a region to an employer account: a partner that changes
    /// the region's records (the establishment is theirs to know), or the national desk in any region, as it keeps the
    /// national employers whose establishments span four or more regions (rule L1).
    /// </summary>
    /// <param name="region">The establishment's region.</param>
    /// <returns>Whether adding is allowed.</returns>
    public bool CanAddEstablishment(RegionCode region) => CanMaintainEmployer(region);

    /// <summary>
    /// Gets whether this partner onboards national employers (rule L1): registers an employer for a chain partner that
    /// will own it, and keeps its establishments and KvK number in every region. The national desk only.
    /// </summary>
    public bool OnboardsNationalEmployers => Kind == PartnerKind.NationalDesk;

    /// <summary>
    /// Returns whether this partner may keep an employer's register data in a region: add an establishment there, or set
    /// the KvK number of an account at home there. A partner that changes the region's records, or the national desk in
    /// any region (<see cref="OnboardsNationalEmployers"/>).
    /// </summary>
    /// <param name="region">The establishment's or the account's home region.</param>
    /// <returns>Whether it may.</returns>
    public bool CanMaintainEmployer(RegionCode region) => CanWriteRecords(region) || OnboardsNationalEmployers;

    /// <summary>Gets whether this partner imports placement files from partners' own systems (the store's operator, through the <c>wsp</c> tool).</summary>
    public bool CanImportPlacements => Kind == PartnerKind.Operator;

    /// <summary>Returns the partner as written in tokens and logs: <c>UWV</c>, <c>NATIONAL_DESK</c>, <c>MINISTRY</c> or <c>GMxxxx</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PartnerKind.Municipality => Municipality!.Value.ToString(),
        PartnerKind.Uwv => "UWV",
        PartnerKind.NationalDesk => "NATIONAL_DESK",
        PartnerKind.Operator => "OPERATOR",
        _ => "MINISTRY",
    };
}
