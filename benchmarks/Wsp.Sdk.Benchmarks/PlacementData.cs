using System.Globalization;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// Builds a deterministic, realistic set of placements in memory: the same seed gives the same placements, so runs
/// compare. Every placement goes through the public constructor, so every record passes the SDK's own checks
/// (including rule H15 on the booking partner).
/// </summary>
public static class PlacementData
{
    /// <summary>The seed every benchmark uses.</summary>
    public const int Seed = 20_151_400;

    private static readonly LocalDate s_firstStart = new(2015, 1, 1);
    private static readonly int s_startDays = Period.Between(s_firstStart, new LocalDate(2026, 12, 31), PeriodUnits.Days).Days + 1;

    /// <summary>
    /// Generates <paramref name="count"/> placements: about 40 % with BANENAFSPRAAK, starts spread evenly over
    /// 2015–2026, about half with an end date, 4–40 hours per week in quarter hours, establishments in the current
    /// municipalities, 70 % market and 30 % government, booked by UWV or a municipality of the region as rule H15
    /// allows (BANENAFSPRAAK, youth, 55+ and regular candidates by either).
    /// </summary>
    /// <param name="count">The number of placements.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The placements, in generation order.</returns>
    public static Placement[] Generate(int count, int seed = Seed)
    {
        var random = new Random(seed);
        var municipalities = Gazetteer.Default.Municipalities;
        var sectors = SectorClassifications.Haaglanden2015.Sectors.Select(s => s.Code).ToArray();
        var employers = Enumerable.Range(0, 50_000)
            .Select(_ => KvkNumber.Parse(random.Next(1_000_000, 100_000_000).ToString("D8", CultureInfo.InvariantCulture)))
            .ToArray();
        var arrangements = Enumerable.Range(1, 40).Select(i => $"ARR-{i:D3}").ToArray();

        var placements = new Placement[count];
        for (var i = 0; i < count; i++)
        {
            var municipality = municipalities[random.Next(municipalities.Count)];
            var groups = NextTargetGroups(random);
            var start = s_firstStart.PlusDays(random.Next(s_startDays));
            LocalDate? end = random.Next(2) == 0 ? start.PlusDays(random.Next(0, 3 * 365)) : null;
            placements[i] = new Placement(
                id: $"P{i:D8}",
                vacancyId: $"V{random.Next(count):D8}",
                employer: employers[random.Next(employers.Length)],
                municipality: municipality,
                sectorCode: sectors[random.Next(sectors.Length)],
                candidate: CandidateReference.Create($"K{random.Next(count):D8}"),
                bookingPartner: NextBookingPartner(random, groups, municipality),
                targetGroups: groups,
                start: start,
                end: end,
                hoursPerWeek: 4m + (random.Next(0, 145) * 0.25m),
                employerKind: random.Next(10) < 7 ? EmployerKind.Market : EmployerKind.Government,
                arrangementId: random.Next(20) == 0 ? arrangements[random.Next(arrangements.Length)] : null);
        }

        return placements;
    }

    /// <summary>Describes the mix, for the benchmark log.</summary>
    /// <param name="placements">The placements.</param>
    /// <returns>One line of shares.</returns>
    public static string Describe(IReadOnlyCollection<Placement> placements)
    {
        double Share(Func<Placement, bool> predicate) => 100.0 * placements.Count(predicate) / placements.Count;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{placements.Count:N0} placements: {Share(p => p.CountsForJobAgreement):F1} % BANENAFSPRAAK, {Share(p => p.End is not null):F1} % ended, {Share(p => p.BookingPartner == BookingPartner.Uwv):F1} % booked by UWV, {Share(p => p.EmployerKind == EmployerKind.Government):F1} % government, starts {placements.Min(p => p.Start):uuuu-MM-dd} – {placements.Max(p => p.Start):uuuu-MM-dd}");
    }

    private static TargetGroupSet NextTargetGroups(Random random)
    {
        // One benefit group (or none), then the indications and characteristics that come on top of it.
        var roll = random.Next(100);
        var groups = roll switch
        {
            < 30 => TargetGroupSet.Of(TargetGroup.Participatiewet),
            < 50 => TargetGroupSet.Of(TargetGroup.WW),
            < 60 => TargetGroupSet.Of(TargetGroup.Wajong),
            < 65 => TargetGroupSet.Of(TargetGroup.Wsw),
            < 70 => TargetGroupSet.Of(TargetGroup.StatusHolder),
            _ => TargetGroupSet.Empty,
        };
        if (random.Next(100) < 40)
        {
            groups = groups.With(TargetGroup.Banenafspraak);
        }

        if (random.Next(100) < 15)
        {
            groups = groups.With(TargetGroup.Youth);
        }
        else if (random.Next(100) < 10)
        {
            groups = groups.With(TargetGroup.Over55);
        }

        return groups.IsEmpty ? TargetGroupSet.Of(TargetGroup.Regular) : groups;
    }

    private static BookingPartner NextBookingPartner(Random random, TargetGroupSet groups, Municipality municipality)
    {
        // Rule H15: UWV books WW and Wajong, a municipality Participatiewet, Wsw and status holders; the rest either.
        // The booking municipality is one of the region's: the candidate's, not necessarily the establishment's.
        var region = municipality.Region!.Municipalities;
        var byMunicipality = BookingPartner.ForMunicipality(region[random.Next(region.Count)].Code);
        var byUwv = BookingPartner.Uwv;
        var uwvOnly = byUwv.MayBook(groups) && !byMunicipality.MayBook(groups);
        var municipalityOnly = byMunicipality.MayBook(groups) && !byUwv.MayBook(groups);
        return uwvOnly ? byUwv
            : municipalityOnly ? byMunicipality
            : random.Next(2) == 0 ? byUwv : byMunicipality;
    }
}
