using Wsp.Sdk.Specifications;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk;

/// <summary>A vacancy's life after registration (vacaturebeheer): corrections with their audit trail, and co-productions (rule H13).</summary>
public partial class WspClient
{
    /// <summary>The most vacancies a co-production view reads: far more than the partners of a region.</summary>
    private const int CoProductionLimit = 200;

    /// <summary>
    /// The vacancy's owner corrects its title, last day, positions or publication; each change is kept on the vacancy
    /// with who made it and when. A closed vacancy is reactivated first, an expired one gets a new last day by
    /// reactivation (rule H15); 10 or more positions are a co-production (rule H13).
    /// </summary>
    /// <param name="vacancyId">The vacancy.</param>
    /// <param name="correction">What to correct.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The vacancy as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the vacancy's region, or is not its owner (H10).</exception>
    /// <exception cref="ArgumentException">The correction names nothing, or a value is out of range.</exception>
    /// <exception cref="Rules.RuleViolationException">Rule H13 or H15.</exception>
    public virtual Task<Vacancy> CorrectVacancyAsync(string vacancyId, VacancyCorrection correction, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(correction);
        var action = "correct vacancy " + vacancyId;
        var by = Booker(action);
        return UpdateVacancyAsync(vacancyId, action, v => OwnerOnly(v, action, Rules.RuleId.H10).Correct(correction, by, Options.Clock), cancellationToken);
    }

    /// <summary>
    /// Reads a co-production (rule H13): its vacancies in the regions the caller may read, with their partners and the
    /// checks one employer and at least two partners.
    /// </summary>
    /// <param name="coProductionId">The co-production id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The co-production, or null when none of its vacancies is in a region the caller may read.</returns>
    /// <exception cref="AccessDeniedException">The caller reads aggregates only.</exception>
    public virtual async Task<CoProduction?> FindCoProductionAsync(string coProductionId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(coProductionId);
        var regions = RecordScope(null, "read co-production " + coProductionId);
        var page = await _store.Vacancies.QueryAsync(new VacanciesOfCoProduction(coProductionId, regions, CoProductionLimit), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (page.Items.Count == 0)
        {
            return null;
        }

        var found = await _store.Vacancies.FindManyAsync([.. page.Items.Select(v => v.Id)], cancellationToken).ConfigureAwait(false);
        var byId = found.ToDictionary(v => v.Value.Id, v => v.Value, StringComparer.Ordinal);
        return new CoProduction(coProductionId, page.Items.Where(v => byId.ContainsKey(v.Id)).Select(v => byId[v.Id]));
    }

    /// <summary>Refuses a vacancy registered under a co-production of another employer (rule H13), judged on its first vacancy in any region.</summary>
    private async Task EnsureSameEmployerAsync(Vacancy vacancy, CancellationToken cancellationToken)
    {
        if (vacancy.CoProductionId is not { } id)
        {
            return;
        }

        var first = (await _store.Vacancies.QueryAsync(new VacanciesOfCoProduction(id, take: 1), cancellationToken: cancellationToken).ConfigureAwait(false)).Items;
        if (first.Count > 0 && (await _store.Vacancies.FindAsync(first[0].Id, cancellationToken).ConfigureAwait(false))?.Value is { } existing)
        {
            CoProduction.EnsureSameEmployer(vacancy, existing);
        }
    }
}
