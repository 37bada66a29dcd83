using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Tests.Support;

/// <summary>A test data builder: a valid placement in Delft (Haaglanden) unless told otherwise.</summary>
internal sealed record APlacement
{
    private static int s_next;

    public string Id { get; init; } = $"P{Interlocked.Increment(ref s_next)}";

    public string Municipality { get; init; } = "GM0503";

    public string Sector { get; init; } = "RETAIL";

    public string Partner { get; init; } = "GM0503";

    public TargetGroupSet Groups { get; init; } = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);

    public LocalDate Start { get; init; } = new(2026, 1, 1);

    public LocalDate? End { get; init; }

    public decimal Hours { get; init; } = 25.5m;

    public EmployerKind Kind { get; init; } = EmployerKind.Market;

    public string Employer { get; init; } = "12345678";

    public string? Arrangement { get; init; }

    public string? Vacancy { get; init; }

    /// <summary>Gets the candidate's pseudonym; by default one of its own per placement.</summary>
    public string? Candidate { get; init; }

    public Placement Build() => new(
        Id,
        Vacancy ?? "V-" + Id,
        KvkNumber.Parse(Employer),
        Gazetteer.Default.FindMunicipality(Municipality)!,
        Sector,
        CandidateReference.Create(Candidate ?? "cand-" + Id),
        BookingPartner.Parse(Partner),
        Groups,
        Start,
        End,
        Hours,
        Kind,
        Arrangement);

    public static implicit operator Placement(APlacement builder) => builder.Build();
}
