using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.RegionalProjects;

/// <summary>
/// A regional project (regionaal afgesproken project, rule H6): a project the region's partners agreed on, with a
/// project order (projectopdracht) naming its goal and period — for example a larger employment project at an
/// employer, or a co-production of ten or more vacancies (H13). Its placements are those in its region, started in its
/// period, at one of its employers or on one of its vacancies.
/// </summary>
/// <remarks>
/// Why this and not a project id on the placement: placements come from partners' own systems (the CSV has no project
/// column) and from the workflow, and the records already name the employer and the vacancy; a project is defined by
/// those, so it can be agreed after the fact and counted over placements already booked. This type is immutable and
/// thread-safe.
/// </remarks>
public sealed class RegionalProject
{
    private readonly HashSet<KvkNumber> _employers;
    private readonly HashSet<string> _vacancies;

    private RegionalProject(RegionalProject withVacancies)
    {
        (Id, Name, Region, Period) = (withVacancies.Id, withVacancies.Name, withVacancies.Region, withVacancies.Period);
        _employers = withVacancies._employers;
        _vacancies = new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>Initializes a project.</summary>
    /// <param name="id">The project's id.</param>
    /// <param name="name">The project's name.</param>
    /// <param name="region">The labour market region.</param>
    /// <param name="period">The project's period, both ends included.</param>
    /// <param name="employers">The employers whose placements count for it.</param>
    /// <param name="vacancyIds">The vacancies whose placements count for it.</param>
    /// <exception cref="ArgumentException">An argument is missing, the id is not 1–64 letters, digits, '-', '_' or '.', or the project names neither an employer nor a vacancy.</exception>
    public RegionalProject(string id, string name, RegionCode region, DateInterval period, IEnumerable<KvkNumber> employers, IEnumerable<string> vacancyIds)
    {
        Id = Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckArgument(IsValidId(id), nameof(id), $"Project id '{id}' is not 1–{MaxIdLength} letters, digits, '-', '_' or '.': the id names a stored document.");
        Name = Preconditions.CheckNotNullOrWhiteSpace(name);
        Region = Preconditions.CheckInitialized(region);
        Period = Preconditions.CheckNotNull(period);
        _employers = [.. Preconditions.CheckNotNull(employers).Select(e => Preconditions.CheckInitialized(e, nameof(employers)))];
        _vacancies = new HashSet<string>(Preconditions.CheckNotNull(vacancyIds).Select(v => Preconditions.CheckNotNullOrWhiteSpace(v, nameof(vacancyIds))), StringComparer.Ordinal);
        Preconditions.CheckArgument(_employers.Count + _vacancies.Count > 0, nameof(employers), $"Project {id} names no employer and no vacancy: nothing could count for it.");
    }

    /// <summary>The longest project id.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Gets the project's id: unique within its region.</summary>
    public string Id { get; }

    /// <summary>Gets the project's name.</summary>
    public string Name { get; }

    /// <summary>Gets the labour market region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the period, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the employers, ordered.</summary>
    public IReadOnlyList<KvkNumber> Employers => [.. _employers.Order()];

    /// <summary>Gets the vacancy ids, ordered.</summary>
    public IReadOnlyList<string> VacancyIds => [.. _vacancies.Order(StringComparer.Ordinal)];

    /// <summary>Returns whether the placement belongs to the project: in its region, at one of its employers or on one of its vacancies (the period is the count's).</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>Whether it belongs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public bool Covers(Placement placement)
    {
        Preconditions.CheckNotNull(placement);
        return placement.Region.Code == Region && (_employers.Contains(placement.Employer) || _vacancies.Contains(placement.VacancyId));
    }

    /// <summary>Gets whether the project names vacancies: then only whole placements (their vacancy ids) say what it covers.</summary>
    internal bool NamesVacancies => _vacancies.Count > 0;

    /// <summary>Returns whether a project that names no vacancies covers a started placement: its region, one of its employers.</summary>
    internal bool CoversEmployerOf(PlacementStart start) => start.Key.Region == Region && _employers.Contains(start.Employer);

    /// <summary>Returns whether a text can be a project's id: 1–64 letters, digits, '-', '_' or '.' (the id names a stored document).</summary>
    /// <param name="id">The text.</param>
    /// <returns>Whether it can.</returns>
    public static bool IsValidId([NotNullWhen(true)] string? id) => !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && id.All(IsIdCharacter);

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    /// <summary>Returns the project without its vacancy ids, for a reader of aggregates only (vacancy ids are record ids).</summary>
    /// <returns>The project naming its employers only; it counts as before for no one, as the ministry counts nothing from it.</returns>
    internal RegionalProject WithoutVacancyIds() => _vacancies.Count == 0 ? this : new(this);

    /// <summary>Whether <paramref name="other"/> records the same project: id, region, name, period, employers and vacancies.</summary>
    internal bool IsSameAs(RegionalProject other) =>
        Id == other.Id && Region == other.Region && Name == other.Name && Period.Equals(other.Period)
        && _employers.SetEquals(other._employers) && _vacancies.SetEquals(other._vacancies);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Region})";
}
