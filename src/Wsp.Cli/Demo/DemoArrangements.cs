using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Demo;

/// <summary>
/// The demo's national arrangements (landelijke arrangementen), made the way the national desk makes them: the desk's
/// organisation (one contact per region and two advisors, rule L4), a national employer with establishments in four
/// regions (rule L1), and final arrangements <c>ARR-000</c>… drafted with it, sent as a concept, made final and joined by
/// every region through its own contact person (rules L2, L4). Only what is missing is written, so a second run leaves
/// the store as it is.
/// </summary>
internal sealed class DemoArrangements(IWspStore store, IClock clock)
{
    /// <summary>The demo's national employer's account id.</summary>
    public const string EmployerAccountId = "DEMO-EA-NATIONAL";

    /// <summary>
    /// A fixed KvK number above every other demo account's (those are 1x–4x million by region code), so it names this
    /// employer alone.
    /// </summary>
    private const string EmployerKvk = "90000001";

    private static readonly string[] s_advisorIds = ["DEMO-ADV-1", "DEMO-ADV-2"];

    /// <summary>The national employer's establishments: Amsterdam (AM18), Utrecht (AM13), Groningen (AM01), Eindhoven (AM28).</summary>
    private static readonly (string Municipality, string Postcode)[] s_establishments =
        [("GM0363", "1012 AB"), ("GM0344", "3511 AC"), ("GM0014", "9711 AD"), ("GM0772", "5611 AE")];

    /// <summary>The id of the demo's arrangement number <paramref name="index"/>: <c>ARR-000</c>, <c>ARR-001</c>, ….</summary>
    public static string Id(int index) => $"ARR-{index:D3}";

    /// <summary>Writes whatever of the desk, the employer and arrangements <c>ARR-000</c>…<c>ARR-{count-1}</c> is missing.</summary>
    /// <returns>What was written: whether the desk and the employer were, and how many arrangements.</returns>
    public async Task<DemoArrangementsWritten> WriteAsync(int count, CancellationToken cancellationToken)
    {
        var (desk, deskWritten) = await DeskAsync(cancellationToken).ConfigureAwait(false);
        var (employer, employerWritten) = await EmployerAsync(cancellationToken).ConfigureAwait(false);
        var regions = Gazetteer.Default.Regions;
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            if (await store.Arrangements.FindAsync(Id(i), cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            var arrangement = Arrangement.Draft(
                    Id(i),
                    employer,
                    i % 3 == 2 ? ArrangementKind.JointWithUwv : ArrangementKind.Municipal,
                    s_advisorIds[i % s_advisorIds.Length],
                    desk,
                    $"Demo arrangement {i + 1}: jobs for the broad target group in every region",
                    100 + (10 * (i % 10)),
                    clock)
                .SendAsConcept()
                .MakeFinal();

            // Every region decides for itself (L2); here each one's contact person joins (L4).
            arrangement = regions.Aggregate(arrangement, (a, region) => a.Join(region.Code, desk.Contacts[region.Code], desk, clock));
            await store.Arrangements.InsertAsync(arrangement, cancellationToken).ConfigureAwait(false);
            written++;
        }

        return new DemoArrangementsWritten(deskWritten, employerWritten, written, regions.Count);
    }

    /// <summary>The region's contact person (rule L4): its first current municipality, by code.</summary>
    public static string Contact(LabourMarketRegion region) =>
        region.Municipalities.Where(m => m.IsCurrent).Select(m => m.Code.ToString()).Order(StringComparer.Ordinal).First();

    /// <summary>Reads the desk, and names a contact for every region without one and the demo's advisors when missing.</summary>
    private async Task<(NationalDesk Desk, bool Written)> DeskAsync(CancellationToken cancellationToken)
    {
        var stored = await store.Desk.FindAsync(cancellationToken).ConfigureAwait(false);
        var desk = stored?.Value ?? NationalDesk.Empty;
        var changed = false;
        foreach (var region in Gazetteer.Default.Regions.Where(r => !desk.Contacts.ContainsKey(r.Code)))
        {
            desk = desk.WithContact(region.Code, Contact(region));
            changed = true;
        }

        foreach (var advisor in Advisors().Where(a => !desk.Advisors.ContainsKey(a.Id)))
        {
            desk = desk.WithAdvisor(advisor);
            changed = true;
        }

        if (!changed)
        {
            return (desk, false);
        }

        var written = stored is null
            ? await store.Desk.InsertAsync(desk, cancellationToken).ConfigureAwait(false)
            : await store.Desk.ReplaceAsync(desk, stored.ETag, cancellationToken).ConfigureAwait(false);
        return (written.Value, true);
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

    /// <summary>Reads the national employer, or registers it with its four establishments (rule L1).</summary>
    private async Task<(EmployerAccount Employer, bool Written)> EmployerAsync(CancellationToken cancellationToken)
    {
        if (await store.Accounts.FindAsync(EmployerAccountId, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return (stored.Value, false);
        }

        var establishments = s_establishments
            .Select(e => new Establishment(Postcode.Parse(e.Postcode), Gazetteer.Default.FindMunicipality(e.Municipality)!))
            .ToArray();
        var registration = new EmployerRegistration(
            EmployerAccountId,
            "Demo Supermarkten Nederland B.V.",
            establishments[0],
            BookingPartner.ForMunicipality(establishments[0].Municipality.Code),
            EmployerKind.Market,
            RegistrationReason.Visited,
            KvkNumber.Parse(EmployerKvk));
        var account = establishments.Skip(1).Aggregate(EmployerAccount.Register(registration, [], clock).Account!, (a, e) => a.AddEstablishment(e));
        return ((await store.Accounts.InsertAsync(account, cancellationToken).ConfigureAwait(false)).Value, true);
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
