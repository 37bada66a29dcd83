using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>The national desk's cast: a desk with contacts in eight regions and two advisors, national employers, arrangements.</summary>
public static class DeskWorld
{
    public static readonly RegionCode Haaglanden = RegionCode.Parse("AM21");
    public static readonly RegionCode Amsterdam = RegionCode.Parse("AM18");
    public static readonly RegionCode Utrecht = RegionCode.Parse("AM13");
    public static readonly RegionCode Groningen = RegionCode.Parse("AM01");

    /// <summary>Eight regions with a contact each: the region's first municipality.</summary>
    public static readonly RegionCode[] Regions = [.. new[] { "AM01", "AM13", "AM18", "AM21", "AM03", "AM05", "AM08", "AM10" }.Select(RegionCode.Parse)];

    public static NationalDesk Desk() => Regions
        .Aggregate(NationalDesk.Empty, (desk, region) => desk.WithContact(region, Contact(region)))
        .WithAdvisor(new Advisor("ADV-1", "Advisor Retail", ["RETAIL"], [Haaglanden, Amsterdam]))
        .WithAdvisor(new Advisor("ADV-2", "Advisor Care", ["CARE_WELFARE_CLEANING", "SECURITY"], [Utrecht]));

    /// <summary>The region's contact person (rule L4): its first current municipality, by code.</summary>
    public static string Contact(RegionCode region) => Municipalities(region)[0];

    /// <summary>Another current municipality of the region, to name as its new contact.</summary>
    public static string OtherContact(RegionCode region) => Municipalities(region)[1];

    private static string[] Municipalities(RegionCode region) =>
        [.. Gazetteer.Default.Municipalities.Where(m => m.Region?.Code == region).Select(m => m.Code.ToString()).Order(StringComparer.Ordinal)];

    /// <summary>The KvK number of <see cref="NationalEmployer"/>, the employer of every arrangement the cast drafts by default.</summary>
    public const string NationalKvk = "87654321";

    /// <summary>An employer with establishments in Delft (AM21), Amsterdam (AM18), Utrecht (AM13) and Groningen (AM01): national (L1).</summary>
    public static EmployerAccount NationalEmployer(World world, string id = "EA-N", string kvk = NationalKvk)
    {
        var account = EmployerAccount.Register(World.AccountRegistration(id, "Supermarkt Nederland " + id, kvk: kvk), [], world.Clock).Account!;
        return new[] { "GM0363", "GM0344", "GM0014" }
            .Select((code, i) => World.EstablishmentIn(code, $"{1000 + i} AA"))
            .Aggregate(account, (a, e) => a.AddEstablishment(e));
    }

    public static Arrangement Draft(World world, string id = "ARR-1", EmployerAccount? employer = null, string advisor = "ADV-1", ArrangementKind kind = ArrangementKind.Municipal) =>
        Arrangement.Draft(id, employer ?? NationalEmployer(world), kind, advisor, Desk(), "Forty jobs in stores", 120, world.Clock);

    public static Arrangement Final(World world, string id = "ARR-1", EmployerAccount? employer = null, string advisor = "ADV-1") =>
        Draft(world, id, employer, advisor).SendAsConcept().MakeFinal();

    public static Arrangement Join(this Arrangement arrangement, RegionCode region, World world) =>
        arrangement.Join(region, Contact(region), Desk(), world.Clock);

    public static Arrangement Decline(this Arrangement arrangement, RegionCode region, World world) =>
        arrangement.Decline(region, Contact(region), Desk(), world.Clock);

    public static void Tick(this World world) => world.Clock.Advance(Duration.FromMinutes(1));

    /// <summary>
    /// Stores final arrangements ARR-000…ARR-039, each joined by every region of <see cref="World.Placements"/>'s
    /// municipalities (rule L2), so placements drawn with <see cref="World.AsDrawn"/> may be imported under them (they are
    /// at the arrangements' employer, <see cref="NationalKvk"/>).
    /// </summary>
    public static async Task JoinedEverywhereAsync(IWspStore store, World world)
    {
        RegionCode[] regions = [.. new[] { "AM01", "AM05", "AM13", "AM18", "AM21", "AM22", "AM26" }.Select(RegionCode.Parse)];
        var at = world.Clock.GetCurrentInstant();
        for (var i = 0; i < 40; i++)
        {
            var final = Final(world, $"ARR-{i:D3}");
            var joined = Arrangement.FromState(final.ToState() with { Decisions = [.. regions.Select(r => new RegionDecision(r, true, 1, "contact-" + r, at))] });
            await store.Arrangements.InsertAsync(joined);
        }
    }
}
