using NodaTime;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.ManagementInformation;

/// <summary>Seeded placements over Haaglanden and Amsterdam, for checking figures against an independent count.</summary>
internal static class RandomPlacements
{
    public static readonly string[] Municipalities = ["GM0518", "GM0503", "GM0603", "GM1783", "GM0363"];
    public static readonly string[] Partners = ["GM0518", "GM0503", "GM0603", "GM1783", "UWV", "GM0363"];
    public static readonly string[] Sectors = ["RETAIL", "ICT", "UNNAMED", "SECURITY", "CARE_WELFARE_CLEANING", "MINING"];
    public static readonly string[] Employers = ["12345678", "23456789", "34567890", "45678901"];
    public static readonly string?[] Arrangements = [null, null, "ARR-1", "ARR-2"];

    public static IReadOnlyList<Placement> Generate(int count, int seed, int firstYear = 2014, int years = 3)
    {
        var random = new Random(seed);
        var placements = new List<Placement>(count);
        for (var i = 0; i < count; i++)
        {
            var partner = Partners[random.Next(Partners.Length)];
            var start = new LocalDate(firstYear, 1, 1).PlusDays(random.Next(365 * years));
            placements.Add(new APlacement
            {
                Id = $"R{seed}-{i}",
                Municipality = Municipalities[random.Next(Municipalities.Length)],
                Partner = partner,
                Sector = Sectors[random.Next(Sectors.Length)],
                Employer = Employers[random.Next(Employers.Length)],
                Arrangement = Arrangements[random.Next(Arrangements.Length)],
                Vacancy = $"V-{random.Next(20)}",
                Groups = random.Next(3) == 0
                    ? TargetGroupSet.Of(partner == "UWV" ? TargetGroup.WW : TargetGroup.Participatiewet)
                    : TargetGroupSet.Of(TargetGroup.Banenafspraak),
                Start = start,
                End = random.Next(2) == 0 ? null : start.PlusDays(random.Next(400)),
                Hours = random.Next(1, 41) * 0.75m,
            }.Build());
        }

        return placements;
    }
}
