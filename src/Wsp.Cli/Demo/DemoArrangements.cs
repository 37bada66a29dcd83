using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Sectors;

namespace Wsp.Cli.Demo;

/// <summary>
/// The demo's national arrangements (landelijke arrangementen), made by the partners through their own clients, as through
/// the gateway: the national desk sets up its organisation (one contact per region and two advisors, rule L4), the
/// municipality of its first establishment registers a national employer and the desk adds its establishments in three
/// more regions (rule L1); the desk drafts arrangements <c>ARR-000</c>… with it, sends each as a concept and makes it final,
/// and every region's contact person joins it (rules L2, L4). Only what is missing is written, so a second run leaves the
/// store as it is and an interrupted one is completed.
/// </summary>
internal sealed class DemoArrangements(DemoPartners partners)
{
    /// <summary>The demo's national employer's account id.</summary>
    public const string EmployerAccountId = "DEMO-EA-NATIONAL";

    /// <summary>
    /// A fixed KvK number above every other demo account's (those are 1x–4x million by region code), so it names this
    /// employer alone; every demo placement under an arrangement is at it (rule L2).
    /// </summary>
    internal static readonly KvkNumber EmployerKvk = KvkNumber.Parse("90000001");

    private static readonly string[] s_advisorIds = ["DEMO-ADV-1", "DEMO-ADV-2"];

    /// <summary>The national employer's establishments: Amsterdam (AM18), Utrecht (AM13), Groningen (AM01), Eindhoven (AM28).</summary>
    private static readonly Establishment[] s_establishments =
    [
        .. new[] { ("GM0363", "1012 AB"), ("GM0344", "3511 AC"), ("GM0014", "9711 AD"), ("GM0772", "5611 AE") }
            .Select(e => new Establishment(Postcode.Parse(e.Item2), Gazetteer.Default.FindMunicipality(e.Item1)!)),
    ];

    /// <summary>The id of the demo's arrangement number <paramref name="index"/>: <c>ARR-000</c>, <c>ARR-001</c>, ….</summary>
    public static string Id(int index) => $"ARR-{index:D3}";

    /// <summary>Writes whatever of the desk, the employer and arrangements <c>ARR-000</c>…<c>ARR-{count-1}</c> is missing.</summary>
    /// <returns>What was written: whether the desk and the employer were, and how many arrangements.</returns>
    public async Task<DemoArrangementsWritten> WriteAsync(int count, CancellationToken cancellationToken)
    {
        var deskWritten = await DeskAsync(cancellationToken).ConfigureAwait(false);
        var employerWritten = await EmployerAsync(cancellationToken).ConfigureAwait(false);
        var desk = await partners.Desk.GetNationalDeskAsync(cancellationToken).ConfigureAwait(false);
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            written += await ArrangementAsync(i, desk, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return new DemoArrangementsWritten(deskWritten, employerWritten, written, Gazetteer.Default.Regions.Count);
    }

    /// <summary>The region's contact person (rule L4): its first current municipality, by code.</summary>
    public static string Contact(LabourMarketRegion region) =>
        region.Municipalities.Where(m => m.IsCurrent).Select(m => m.Code.ToString()).Order(StringComparer.Ordinal).First();

    /// <summary>The desk drafts the arrangement, sends it as a concept and makes it final; each region's contact person joins.</summary>
    private async Task<bool> ArrangementAsync(int index, NationalDesk desk, CancellationToken cancellationToken)
    {
        var id = Id(index);
        var written = false;
        var arrangement = (await partners.Desk.FindArrangementAsync(id, cancellationToken).ConfigureAwait(false))?.Arrangement;
        if (arrangement is null)
        {
            arrangement = (await partners.Desk.DraftArrangementAsync(
                id,
                EmployerAccountId,
                index % 3 == 2 ? ArrangementKind.JointWithUwv : ArrangementKind.Municipal,
                s_advisorIds[index % s_advisorIds.Length],
                $"Demo arrangement {index + 1}: jobs for the broad target group in every region",
                100 + (10 * (index % 10)),
                cancellationToken).ConfigureAwait(false)).Arrangement;
            written = true;
        }

        if (arrangement.Status == ArrangementStatus.Draft)
        {
            arrangement = (await partners.Desk.SendArrangementAsConceptAsync(id, cancellationToken).ConfigureAwait(false)).Arrangement;
            written = true;
        }

        if (arrangement.Status == ArrangementStatus.Concept)
        {
            arrangement = (await partners.Desk.FinaliseArrangementAsync(id, cancellationToken).ConfigureAwait(false)).Arrangement;
            written = true;
        }

        // Every region decides for itself (L2); here each one's contact person joins (L4), where its region has not decided.
        foreach (var region in Gazetteer.Default.Regions.Where(r => arrangement.Decisions.All(d => d.Region != r.Code)))
        {
            var contact = partners.Municipality(Gazetteer.Default.FindMunicipality(desk.Contacts[region.Code])!);
            await contact.JoinArrangementAsync(id, region.Code, cancellationToken).ConfigureAwait(false);
            written = true;
        }

        return written;
    }

    /// <summary>The desk names a contact for every region without one and adds the demo's advisors when missing.</summary>
    private async Task<bool> DeskAsync(CancellationToken cancellationToken)
    {
        var desk = await partners.Desk.GetNationalDeskAsync(cancellationToken).ConfigureAwait(false);
        var written = false;
        foreach (var region in Gazetteer.Default.Regions.Where(r => !desk.Contacts.ContainsKey(r.Code)))
        {
            await partners.Desk.SetRegionContactAsync(region.Code, Contact(region), cancellationToken).ConfigureAwait(false);
            written = true;
        }

        foreach (var advisor in Advisors().Where(a => !desk.Advisors.ContainsKey(a.Id)))
        {
            await partners.Desk.AddAdvisorAsync(advisor, cancellationToken).ConfigureAwait(false);
            written = true;
        }

        return written;
    }

    /// <summary>Two advisors, each with some sectors and half of the regions as adoption regions (rule L4).</summary>
    private static IEnumerable<Advisor> Advisors()
    {
        var sectors = SectorClassifications.Haaglanden2015.Sectors.Select(s => s.Code).ToArray();
        var regions = Gazetteer.Default.Regions.Select(r => r.Code).ToArray();
        var half = regions.Length / 2;
        yield return new Advisor(s_advisorIds[0], "Demo advisor Retail and Logistics", sectors.Take(3), regions.Take(half));
        yield return new Advisor(s_advisorIds[1], "Demo advisor Care and Industry", sectors.Skip(3).Take(3), regions.Skip(half));
    }

    /// <summary>
    /// The municipality of the first establishment registers the national employer after a visit; the desk adds its
    /// establishments in three more regions (rule L1: then it is a national employer).
    /// </summary>
    private async Task<bool> EmployerAsync(CancellationToken cancellationToken)
    {
        var written = false;
        var account = await partners.Desk.FindEmployerAsync(EmployerAccountId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            var registrar = partners.Municipality(s_establishments[0].Municipality);
            var request = new RegisterEmployerRequest(EmployerAccountId, "Demo Supermarkten Nederland B.V.", s_establishments[0], EmployerKind.Market, RegistrationReason.Visited)
            {
                Kvk = EmployerKvk,
            };
            account = await DemoPartners.RegisterEmployerAsync(registrar, request, cancellationToken).ConfigureAwait(false);
            written = true;
        }

        foreach (var establishment in s_establishments.Where(e => account.Establishments.All(a => a.Postcode != e.Postcode)))
        {
            await partners.Desk.AddEstablishmentAsync(EmployerAccountId, establishment, cancellationToken).ConfigureAwait(false);
            written = true;
        }

        return written;
    }
}

/// <summary>What <see cref="DemoArrangements.WriteAsync"/> wrote.</summary>
/// <param name="Desk">Whether the desk's organisation was written or completed.</param>
/// <param name="Employer">Whether the national employer was registered.</param>
/// <param name="Arrangements">How many arrangements were written.</param>
/// <param name="Regions">How many regions joined each.</param>
internal sealed record DemoArrangementsWritten(bool Desk, bool Employer, int Arrangements, int Regions)
{
    /// <summary>Gets a value indicating whether anything was written.</summary>
    public bool Any => Desk || Employer || Arrangements > 0;
}
