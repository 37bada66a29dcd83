using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>The national desk's arrangements with national employers and its organisation (landelijke afspraken, rules L1–L6).</summary>
public partial class WspClient
{
    /// <summary>Reads an arrangement by id, as the caller may see it.</summary>
    /// <param name="id">The arrangement's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The view, or null when there is none.</returns>
    /// <exception cref="AccessDeniedException">The caller reads aggregates only, or the arrangement is a draft it may not see (L2).</exception>
    public virtual async Task<ArrangementView?> FindArrangementAsync(string id, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        EnsureReadsRecords("read arrangement " + id);
        var found = (await _store.Arrangements.FindAsync(id, cancellationToken).ConfigureAwait(false))?.Value;
        return found is null ? null : View(found, "read arrangement " + id);
    }

    /// <summary>Lists the arrangements the caller may see, by id; a municipality sees them from the concept on, with its own regions' parts.</summary>
    /// <param name="filter">Status, region standing, UWV reference, …; a region must be one whose records the caller reads.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The views, ordered by id (ordinal).</returns>
    /// <exception cref="AccessDeniedException">The caller reads aggregates only, or may not read the region filtered on.</exception>
    public virtual async Task<IReadOnlyList<ArrangementView>> ListArrangementsAsync(ArrangementFilter filter, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(filter);
        filter.Validate();
        if (filter.Region is { } region)
        {
            EnsureCanRead(region, "list arrangements");
        }
        else
        {
            EnsureReadsRecords("list arrangements");
        }

        return [.. (await _store.Arrangements.ListAsync(filter, cancellationToken).ConfigureAwait(false))
            .Where(a => a.IsVisibleTo(Caller))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => ArrangementView.For(a, Caller))];
    }

    /// <summary>Reads the national desk's organisation: each region's contact person and the advisors (rule L4).</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The desk; empty before anything is registered.</returns>
    /// <exception cref="AccessDeniedException">The caller reads aggregates only.</exception>
    public virtual Task<NationalDesk> GetNationalDeskAsync(CancellationToken cancellationToken = default)
    {
        EnsureReadsRecords("read the national desk");
        return _store.Desk.GetAsync(cancellationToken);
    }

    /// <summary>
    /// The desk drafts an arrangement with a national employer (rules L1, L2): version 1, managed by one of its advisors.
    /// A retry with the same id and input answers the arrangement drafted the first time.
    /// </summary>
    /// <param name="id">The arrangement's id.</param>
    /// <param name="employerId">The national employer's account.</param>
    /// <param name="kind">Municipal, or joint with UWV (L6).</param>
    /// <param name="advisorId">The advisor who manages it (L4).</param>
    /// <param name="terms">The terms.</param>
    /// <param name="jobOpportunities">The job opportunities for the broad target group (L1).</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as stored.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such account; <see cref="StoreErrorCode.AlreadyExists"/>: the id is taken by another arrangement.</exception>
    /// <exception cref="RuleViolationException">Rule L1 (not a national employer) or L4 (no such advisor).</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public virtual async Task<ArrangementView> DraftArrangementAsync(string id, string employerId, ArrangementKind kind, string advisorId, string terms, int jobOpportunities, CancellationToken cancellationToken = default)
    {
        EnsureDesk("draft arrangement " + id);
        var account = (await _store.Accounts.FindAsync(Preconditions.CheckNotNullOrWhiteSpace(employerId), cancellationToken).ConfigureAwait(false))?.Value
            ?? throw new StoreException(StoreErrorCode.NotFound, $"No employer account has id '{employerId}'.");
        var desk = await _store.Desk.GetAsync(cancellationToken).ConfigureAwait(false);
        var arrangement = Arrangement.Draft(id, account, kind, advisorId, desk, terms, jobOpportunities, Options.Clock);
        var written = await CreateOnceAsync(
            ct => _store.Arrangements.InsertAsync(arrangement, ct),
            async ct => (await _store.Arrangements.FindAsync(arrangement.Id, ct).ConfigureAwait(false)) is { } stored && stored.Value.IsDraftOf(arrangement) ? stored : null,
            Records(RecordKind.Arrangement, arrangement.Id),
            cancellationToken).ConfigureAwait(false);
        return ArrangementView.For(written.Value, Caller);
    }

    /// <summary>The desk sends the draft to the regions as a concept (rule L2).</summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    /// <exception cref="RuleViolationException">Rule L2: not a draft.</exception>
    public virtual Task<ArrangementView> SendArrangementAsConceptAsync(string id, CancellationToken cancellationToken = default) =>
        DeskStepAsync(id, "send arrangement " + id + " as a concept", (a, _) => a.SendAsConcept(), cancellationToken);

    /// <summary>The desk makes the concept final: then each region joins or declines (rules L2, L3).</summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    /// <exception cref="RuleViolationException">Rule L2: not a concept.</exception>
    public virtual Task<ArrangementView> FinaliseArrangementAsync(string id, CancellationToken cancellationToken = default) =>
        DeskStepAsync(id, "finalise arrangement " + id, (a, _) => a.MakeFinal(), cancellationToken);

    /// <summary>The desk ends a final arrangement (rule L2).</summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    /// <exception cref="RuleViolationException">Rule L2: not final.</exception>
    public virtual Task<ArrangementView> EndArrangementAsync(string id, CancellationToken cancellationToken = default) =>
        DeskStepAsync(id, "end arrangement " + id, (a, _) => a.End(), cancellationToken);

    /// <summary>The desk writes a new version of a draft or concept (rule L2); earlier versions are kept.</summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="terms">The new terms.</param>
    /// <param name="jobOpportunities">The new job opportunities.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    /// <exception cref="RuleViolationException">Rule L2: final or ended.</exception>
    public virtual Task<ArrangementView> ReviseArrangementAsync(string id, string terms, int jobOpportunities, CancellationToken cancellationToken = default) =>
        DeskStepAsync(id, "revise arrangement " + id, (a, _) => a.Revise(terms, jobOpportunities, Options.Clock), cancellationToken);

    /// <summary>The desk links an existing regional agreement, which is kept (rule L3).</summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="agreement">The regional agreement.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    public virtual Task<ArrangementView> LinkRegionalAgreementAsync(string id, RegionalAgreement agreement, CancellationToken cancellationToken = default) =>
        DeskStepAsync(id, "link a regional agreement to arrangement " + id, (a, _) => a.LinkRegionalAgreement(agreement), cancellationToken);

    /// <summary>The desk references a national arrangement of UWV (rule L6).</summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="uwvArrangementId">UWV's id of its arrangement.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    public virtual Task<ArrangementView> ReferenceUwvArrangementAsync(string id, string uwvArrangementId, CancellationToken cancellationToken = default) =>
        DeskStepAsync(id, "reference a UWV arrangement on arrangement " + id, (a, _) => a.ReferenceUwvArrangement(uwvArrangementId), cancellationToken);

    /// <summary>The desk hands the arrangement to another of its advisors (rule L4).</summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="advisorId">The advisor.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    /// <exception cref="RuleViolationException">Rule L4: no such advisor.</exception>
    public virtual Task<ArrangementView> AssignAdvisorAsync(string id, string advisorId, CancellationToken cancellationToken = default) =>
        DeskStepAsync(id, "assign an advisor to arrangement " + id, (a, desk) => a.AssignAdvisor(advisorId, desk), cancellationToken);

    /// <summary>
    /// Records a region's input on the concept (rule L2): by the desk on behalf of the region's contact person, or by the
    /// contact person's own municipality (rule L4).
    /// </summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="region">The region.</param>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is neither the desk nor a municipality of the region.</exception>
    /// <exception cref="RuleViolationException">Rule L2 (not a concept) or L4 (not the region's contact person).</exception>
    public virtual async Task<ArrangementView> RecordRegionalInputAsync(string id, RegionCode region, string input, CancellationToken cancellationToken = default)
    {
        var action = "record region " + region + "'s input on arrangement " + id;
        var desk = await _store.Desk.GetAsync(cancellationToken).ConfigureAwait(false);
        var contact = Caller.CanManageArrangements
            ? desk.Contacts.GetValueOrDefault(region) ?? "(no contact person registered)"
            : ContactOf(region, action);
        return await UpdateArrangementAsync(id, a => a.RecordInput(region, contact, input, desk, Options.Clock), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The region's contact person, a municipality of the region, joins the final arrangement (rules L3, L4); execution is then the region's.</summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="region">The region.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is no municipality of the region.</exception>
    /// <exception cref="RuleViolationException">Rule L2 (not final) or L4 (not the region's contact person).</exception>
    public virtual Task<ArrangementView> JoinArrangementAsync(string id, RegionCode region, CancellationToken cancellationToken = default) =>
        DecideAsync(id, region, joined: true, cancellationToken);

    /// <summary>The region's contact person, a municipality of the region, declines the final arrangement (rules L3, L4); nobody can oblige a region.</summary>
    /// <param name="id">The arrangement.</param>
    /// <param name="region">The region.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is no municipality of the region.</exception>
    /// <exception cref="RuleViolationException">Rule L2 (not final) or L4 (not the region's contact person).</exception>
    public virtual Task<ArrangementView> DeclineArrangementAsync(string id, RegionCode region, CancellationToken cancellationToken = default) =>
        DecideAsync(id, region, joined: false, cancellationToken);

    /// <summary>The desk registers a region's one contact person: the municipality code whose token speaks for the region (rule L4).</summary>
    /// <param name="region">The region.</param>
    /// <param name="person">The municipality code, for example <c>GM0518</c>.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The desk as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    /// <exception cref="RuleViolationException">Rule L4: the person is no municipality of the region.</exception>
    public virtual async Task<NationalDesk> SetRegionContactAsync(RegionCode region, string person, CancellationToken cancellationToken = default)
    {
        EnsureDesk("set region " + region + "'s contact person");
        return (await _store.Desk.UpdateAsync(d => d.WithContact(region, person), Options.Retry, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>The desk adds (or replaces) an advisor with sectors and adoption regions (rule L4).</summary>
    /// <param name="advisor">The advisor.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The desk as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the national desk.</exception>
    public virtual async Task<NationalDesk> AddAdvisorAsync(Advisor advisor, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(advisor);
        EnsureDesk("add advisor " + advisor.Id);
        return (await _store.Desk.UpdateAsync(d => d.WithAdvisor(advisor), Options.Retry, cancellationToken).ConfigureAwait(false)).Value;
    }

    private ArrangementView View(Arrangement arrangement, string action) =>
        arrangement.IsVisibleTo(Caller)
            ? ArrangementView.For(arrangement, Caller)
            : throw new AccessDeniedException(Caller, action, "a draft is the national desk's until it is sent to the regions as a concept", rule: RuleId.L2);

    /// <summary>A municipality's token speaks for a region it works in; the arrangement checks it is the registered contact (L4).</summary>
    private string ContactOf(RegionCode region, string action) =>
        Caller.Kind == PartnerKind.Municipality && Caller.Regions.Contains(region)
            ? Caller.Municipality!.Value.ToString()
            : throw new AccessDeniedException(Caller, action, "only the region's contact person, a municipality in it, speaks for the region", region, RuleId.L4);

    private async Task<ArrangementView> DecideAsync(string id, RegionCode region, bool joined, CancellationToken cancellationToken)
    {
        var contact = ContactOf(region, (joined ? "join" : "decline") + " arrangement " + id);
        var desk = await _store.Desk.GetAsync(cancellationToken).ConfigureAwait(false);
        return await UpdateArrangementAsync(
            id,
            a => joined ? a.Join(region, contact, desk, Options.Clock) : a.Decline(region, contact, desk, Options.Clock),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<ArrangementView> DeskStepAsync(string id, string action, Func<Arrangement, NationalDesk, Arrangement> step, CancellationToken cancellationToken)
    {
        EnsureDesk(action);
        var desk = await _store.Desk.GetAsync(cancellationToken).ConfigureAwait(false);
        return await UpdateArrangementAsync(id, a => step(a, desk), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ArrangementView> UpdateArrangementAsync(string id, Func<Arrangement, Arrangement> change, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        var written = await _store.Arrangements.UpdateAsync(id, change, Options.Retry, cancellationToken).ConfigureAwait(false);
        return ArrangementView.For(written.Value, Caller);
    }
}
