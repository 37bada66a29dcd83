using CsCheck;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Tests.Support;

/// <summary>CsCheck generators for valid placements, as partners' systems would deliver them.</summary>
internal static class Generators
{
    private static readonly Municipality[] s_municipalities =
        [.. Gazetteer.Default.Municipalities, .. Gazetteer.Default.FormerMunicipalities.Where(m => m.Region is not null)];

    private static readonly string[] s_sectors = ["RETAIL", "ICT", "SECURITY", "UNNAMED"];

    public static readonly Gen<LocalDate> Date =
        Gen.Int[0, 365 * 4].Select(days => new LocalDate(2024, 1, 1).PlusDays(days));

    public static readonly Gen<Placement> Placement =
        Gen.Select(
            Gen.Int[0, s_municipalities.Length - 1],
            Gen.Int[0, s_sectors.Length - 1],
            Gen.Int[1, (1 << 9) - 1],
            Date,
            Gen.Int[-1, 400],
            Gen.Int[1, 240],
            Gen.Bool,
            Gen.Int[0, 99_999_999])
        .Select((municipality, sector, groupBits, start, length, quarterHours, government, kvk) =>
        {
            var groups = TargetGroupSet.FromBits(groupBits);
            // Rule H15: book with the side that owns one of the groups, so every generated placement is valid.
            var partner = groups.Contains(TargetGroup.WW) || groups.Contains(TargetGroup.Wajong)
                ? "UWV"
                : s_municipalities[municipality].Code.ToString();
            return new APlacement
            {
                Municipality = s_municipalities[municipality].Code.ToString(),
                Sector = s_sectors[sector],
                Partner = partner,
                Groups = groups,
                Start = start,
                End = length < 0 ? null : start.PlusDays(length),
                Hours = quarterHours / 4m,
                Kind = government ? EmployerKind.Government : EmployerKind.Market,
                Employer = kvk.ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
            }.Build();
        });

    /// <summary>Valid placements of four candidates at most: a working person often holds several of them (H3).</summary>
    public static readonly Gen<Placement> PlacementOfFewPersons =
        Gen.Select(Placement, Gen.Int[0, 3]).Select((placement, person) => WithCandidate(placement, $"c-{person}"));

    /// <summary>Returns the placement with another candidate.</summary>
    public static Placement WithCandidate(Placement p, string candidate) =>
        new(p.Id, p.VacancyId, p.Employer, p.Municipality, p.SectorCode, CandidateReference.Create(candidate), p.BookingPartner, p.TargetGroups, p.Start, p.End, p.HoursPerWeek, p.EmployerKind, p.ArrangementId);
}
