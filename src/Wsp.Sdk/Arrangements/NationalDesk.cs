using Wsp.Sdk.Geography;
using Wsp.Sdk.Rules;

namespace Wsp.Sdk.Arrangements;

/// <summary>
/// The organisation of the national employer desk (Landelijk WSP Gemeenten, rule L4): exactly one contact person per
/// labour market region, and the advisors with their sectors and adoption regions.
/// </summary>
/// <remarks>This type is immutable and thread-safe; every change returns a new desk.</remarks>
public sealed class NationalDesk
{
    private readonly Dictionary<RegionCode, string> _contacts;
    private readonly Dictionary<string, Advisor> _advisors;

    private NationalDesk(Dictionary<RegionCode, string> contacts, Dictionary<string, Advisor> advisors)
    {
        _contacts = contacts;
        _advisors = advisors;
    }

    /// <summary>Gets a desk without contacts or advisors.</summary>
    public static NationalDesk Empty { get; } = new([], new Dictionary<string, Advisor>(StringComparer.Ordinal));

    /// <summary>Gets the contact person of each region that has one.</summary>
    public IReadOnlyDictionary<RegionCode, string> Contacts => _contacts;

    /// <summary>Gets the advisors, by id.</summary>
    public IReadOnlyDictionary<string, Advisor> Advisors => _advisors;

    /// <summary>
    /// Makes a municipality the region's one contact person for the desk, replacing any before (rule L4). The contact
    /// person is identified by a current municipality of the region (its CBS code): only a token of that municipality
    /// speaks for the region.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="person">The contact person: the CBS code (<c>GMxxxx</c>) of a current municipality in the region.</param>
    /// <returns>The desk with the contact, stored under the municipality's canonical code.</returns>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    /// <exception cref="RuleViolationException">
    /// Rule L4: <paramref name="person"/> is not a current municipality of <paramref name="region"/> in
    /// <see cref="Gazetteer.Default"/> (a former municipality, one of another region, or no municipality code).
    /// </exception>
    /// <remarks>
    /// The check judges a new contact against the current municipal division. A contact registered earlier whose
    /// municipality has since merged stays the contact until the desk names another: stores rebuild the desk with
    /// <see cref="Restore"/>, which does not judge again.
    /// </remarks>
    public NationalDesk WithContact(RegionCode region, string person)
    {
        Preconditions.CheckInitialized(region);
        Preconditions.CheckNotNullOrWhiteSpace(person);
        if (Gazetteer.Default.FindMunicipality(person) is not { IsCurrent: true } municipality || municipality.Region?.Code != region)
        {
            throw new RuleViolationException(RuleId.L4, $"'{person}' is not a current municipality of region {region}: the region's one contact person is one of its municipalities.");
        }

        return new(new Dictionary<RegionCode, string>(_contacts) { [region] = municipality.Code.ToString() }, _advisors);
    }

    /// <summary>
    /// Rebuilds a stored desk. For stores only: it checks the state's shape, not the rules that led to it, so a contact
    /// whose municipality merged after it was registered still loads (rule L4 judges new contacts in
    /// <see cref="WithContact"/>).
    /// </summary>
    /// <param name="contacts">The contact person of each region that has one.</param>
    /// <param name="advisors">The advisors; a later advisor with the same id replaces an earlier one.</param>
    /// <returns>The desk.</returns>
    /// <exception cref="ArgumentException">An argument is null, a region is not initialized, or a contact is blank.</exception>
    public static NationalDesk Restore(IEnumerable<KeyValuePair<RegionCode, string>> contacts, IEnumerable<Advisor> advisors)
    {
        var byRegion = new Dictionary<RegionCode, string>();
        foreach (var (region, person) in Preconditions.CheckNotNull(contacts))
        {
            byRegion[Preconditions.CheckInitialized(region, nameof(contacts))] = Preconditions.CheckNotNullOrWhiteSpace(person, nameof(contacts));
        }

        var byId = new Dictionary<string, Advisor>(StringComparer.Ordinal);
        foreach (var advisor in Preconditions.CheckNotNull(advisors))
        {
            byId[Preconditions.CheckNotNull(advisor, nameof(advisors)).Id] = advisor;
        }

        return new(byRegion, byId);
    }

    /// <summary>Adds or updates an advisor.</summary>
    /// <param name="advisor">The advisor.</param>
    /// <returns>The desk with the advisor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="advisor"/> is null.</exception>
    public NationalDesk WithAdvisor(Advisor advisor)
    {
        Preconditions.CheckNotNull(advisor);
        return new(_contacts, new Dictionary<string, Advisor>(_advisors, StringComparer.Ordinal) { [advisor.Id] = advisor });
    }

    /// <summary>Refuses anyone but the region's contact person (rule L4): only the region decides for the region.</summary>
    /// <param name="region">The region.</param>
    /// <param name="person">The person acting for it.</param>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    /// <exception cref="RuleViolationException">Rule L4: the person is not the region's contact person.</exception>
    public void EnsureContact(RegionCode region, string person)
    {
        Preconditions.CheckInitialized(region);
        Preconditions.CheckNotNullOrWhiteSpace(person);
        if (!_contacts.TryGetValue(region, out var contact) || contact != person)
        {
            throw new RuleViolationException(RuleId.L4, $"{person} is not the contact person of region {region}: only the region's one contact person speaks for it.");
        }
    }

    /// <summary>Returns the advisor with the id, or refuses (rule L4: arrangements are managed by an advisor of the desk).</summary>
    /// <param name="advisorId">The advisor's id.</param>
    /// <returns>The advisor.</returns>
    /// <exception cref="ArgumentException">The id is missing.</exception>
    /// <exception cref="RuleViolationException">Rule L4: no advisor of the desk has the id.</exception>
    public Advisor GetAdvisor(string advisorId) =>
        _advisors.GetValueOrDefault(Preconditions.CheckNotNullOrWhiteSpace(advisorId))
        ?? throw new RuleViolationException(RuleId.L4, $"'{advisorId}' is not an advisor of the national desk: an arrangement is managed by one of its advisors.");
}
