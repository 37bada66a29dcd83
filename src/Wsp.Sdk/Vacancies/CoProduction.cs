using Wsp.Sdk.Employers;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;

namespace Wsp.Sdk.Vacancies;

/// <summary>
/// A co-production (coproductie, rule H13): a vacancy of 10 or more positions that several partners fill together, each
/// registering its own vacancy under the same employer and co-production id, referring and booking its own people. This
/// is the view of it one partner may read: the vacancies in its readable regions, their partners, and the two checks
/// the seed asks — one employer, at least two partners.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CoProduction
{
    /// <summary>The partners a co-production has at least (rule H13: "in coproductie (UWV en gemeente)").</summary>
    public const int MinimumPartners = 2;

    /// <summary>Initializes the view.</summary>
    /// <param name="id">The co-production id.</param>
    /// <param name="vacancies">Its vacancies the caller may read, first registered first; at least one.</param>
    /// <exception cref="ArgumentException">The id is blank, a vacancy is of another co-production, or there is none.</exception>
    public CoProduction(string id, IEnumerable<Vacancy> vacancies)
    {
        Id = Preconditions.CheckNotNullOrWhiteSpace(id);
        Vacancies = [.. Preconditions.CheckNotNull(vacancies).Select(v => Preconditions.CheckNotNull(v, nameof(vacancies)))];
        Preconditions.CheckArgument(Vacancies.Count > 0 && Vacancies.All(v => v.CoProductionId == id), nameof(vacancies), $"The vacancies of co-production {id}: at least one, all under that id.");
        Partners = [.. Vacancies.Select(v => v.Owner).Distinct().OrderBy(p => p.ToString(), StringComparer.Ordinal)];
        Employers = [.. Vacancies.Select(v => v.Employer).Distinct().Order()];
    }

    /// <summary>Gets the co-production id.</summary>
    public string Id { get; }

    /// <summary>Gets its vacancies the caller may read, first registered first.</summary>
    public IReadOnlyList<Vacancy> Vacancies { get; }

    /// <summary>Gets the partners that registered a vacancy in it (their owners), by code.</summary>
    public IReadOnlyList<BookingPartner> Partners { get; }

    /// <summary>Gets the employers (KvK numbers) of its vacancies: one, when it is sound.</summary>
    public IReadOnlyList<KvkNumber> Employers { get; }

    /// <summary>Gets a value indicating whether every vacancy is of the same employer (rule H13: "onder dezelfde werkgever").</summary>
    public bool HasOneEmployer => Employers.Count == 1;

    /// <summary>Gets a value indicating whether at least <see cref="MinimumPartners"/> partners take part (rule H13).</summary>
    public bool HasEnoughPartners => Partners.Count >= MinimumPartners;

    /// <summary>Gets the positions the employer asked for, over the vacancies.</summary>
    public int Positions => Vacancies.Sum(v => v.Positions);

    /// <summary>Gets the placements booked, over the vacancies.</summary>
    public int Placements => Vacancies.Sum(v => v.Placements.Count);

    /// <summary>
    /// Refuses a vacancy registered under a co-production of another employer (rule H13: each partner registers its own
    /// vacancy under the same employer, never a new one).
    /// </summary>
    /// <param name="vacancy">The vacancy registered.</param>
    /// <param name="existing">A vacancy already in the co-production.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Rule H13: the vacancy is of another employer.</exception>
    public static void EnsureSameEmployer(Vacancy vacancy, Vacancy existing)
    {
        Preconditions.CheckNotNull(vacancy);
        Preconditions.CheckNotNull(existing);
        if (vacancy.Employer != existing.Employer)
        {
            throw new RuleViolationException(
                RuleId.H13,
                $"Co-production {existing.CoProductionId} is with KvK {existing.Employer} (vacancy {existing.Id}); vacancy {vacancy.Id} is of KvK {vacancy.Employer}: each partner registers its own vacancy under the same employer.");
        }
    }
}
