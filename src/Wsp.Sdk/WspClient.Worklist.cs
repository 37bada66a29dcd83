using NodaTime;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk;

/// <summary>A partner's worklist (werkvoorraad, rules H7, H10, H11, H13, H15).</summary>
public partial class WspClient
{
    /// <summary>
    /// Reads the caller's worklist: vacancies handed over to it, co-productions it has to register its own vacancy in
    /// within 24 hours (H10, H13), its vacancies expiring within fourteen days, and requests to work with its employers
    /// that wait for its answer (H7). Only in the regions it writes.
    /// </summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The worklist.</returns>
    /// <exception cref="AccessDeniedException">The caller is no chain partner (municipality or UWV): it has no vacancies or accounts of its own.</exception>
    public virtual async Task<Worklist> GetWorklistAsync(CancellationToken cancellationToken = default)
    {
        var me = Booker("read a worklist");

        // A municipality works in its own regions; UWV in every region (null).
        var regions = Caller.Regions.Count > 0 ? Caller.Regions : null;
        var now = Options.Clock.GetCurrentInstant();
        var today = DutchCalendar.DateOf(now);

        var handedOver = await _store.Vacancies.QueryAsync(VacanciesOfOwner.HandedOver(me, regions, Worklist.Limit), cancellationToken: cancellationToken).ConfigureAwait(false);
        var expiring = await _store.Vacancies.QueryAsync(VacanciesOfOwner.ExpiringIn(me, new DateInterval(today, today.PlusDays(Worklist.ExpiryWarningDays)), regions, Worklist.Limit), cancellationToken: cancellationToken).ConfigureAwait(false);
        var toRegister = await ToRegisterAsync(me, regions, today, cancellationToken).ConfigureAwait(false);

        var awaiting = await _store.Accounts.QueryAsync(new AccountsAwaitingConsent(me, Worklist.Limit), cancellationToken: cancellationToken).ConfigureAwait(false);
        var accounts = await _store.Accounts.FindManyAsync([.. awaiting.Items.Select(a => a.Id)], cancellationToken).ConfigureAwait(false);
        var requests = accounts
            .Select(a => a.Value)
            .Where(a => a.Owner == me)
            .SelectMany(a => a.PendingConsentRequests.Select(r => new AccountConsentRequest(a.Id, a.Name, r)))
            .OrderBy(r => r.Request.RequestedAt)
            .ThenBy(r => r.AccountId, StringComparer.Ordinal)
            .Take(Worklist.Limit)
            .ToArray();

        return new Worklist(handedOver.Items, toRegister, expiring.Items, requests);
    }

    /// <summary>The open co-productions of other partners in the caller's regions that it has no vacancy in yet (rules H10, H13).</summary>
    private async Task<IReadOnlyList<VacancyToRegister>> ToRegisterAsync(Partners.BookingPartner me, IReadOnlyCollection<Geography.RegionCode>? regions, LocalDate today, CancellationToken cancellationToken)
    {
        var open = (await _store.Vacancies.QueryAsync(new OpenCoProductionVacancies(regions, me, today, Worklist.Limit * 4), cancellationToken: cancellationToken).ConfigureAwait(false)).Items;
        var groups = open.GroupBy(v => v.CoProductionId!, StringComparer.Ordinal).ToArray();
        if (groups.Length == 0)
        {
            return [];
        }

        var mine = await _store.Vacancies.QueryAsync(new VacanciesOfCoProduction([.. groups.Select(g => g.Key)], regions: null, owner: me), cancellationToken: cancellationToken).ConfigureAwait(false);
        var joined = mine.Items.Select(v => v.CoProductionId!).ToHashSet(StringComparer.Ordinal);
        var waiting = groups.Where(g => !joined.Contains(g.Key)).Take(Worklist.Limit).ToArray();
        var first = await _store.Vacancies.FindManyAsync([.. waiting.Select(g => g.First().Id)], cancellationToken).ConfigureAwait(false);
        var firstById = first.ToDictionary(v => v.Value.Id, v => v.Value, StringComparer.Ordinal);
        return [.. waiting
            .Where(g => firstById.ContainsKey(g.First().Id))
            .Select(g =>
            {
                var vacancy = firstById[g.First().Id];
                var partners = g.Select(v => Partners.BookingPartner.Parse(v.Owner)).Distinct().OrderBy(p => p.ToString(), StringComparer.Ordinal).ToArray();
                return new VacancyToRegister(g.Key, vacancy.AccountId, vacancy.Id, partners, vacancy.ReceivedAt, vacancy.ReceivedAt + Vacancy.RegistrationDeadline);
            })
            .OrderBy(t => t.ReceivedAt)
            .ThenBy(t => t.CoProductionId, StringComparer.Ordinal)];
    }
}
