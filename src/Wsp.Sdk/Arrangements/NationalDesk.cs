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

    /// <summary>Makes <paramref name="person"/> the region's one contact person for the desk, replacing any before (rule L4).</summary>
    /// <param name="region">The region.</param>
    /// <param name="person">The contact person's id.</param>
    /// <returns>The desk with the contact.</returns>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    public NationalDesk WithContact(RegionCode region, string person)
    {
        Preconditions.CheckInitialized(region);
        Preconditions.CheckNotNullOrWhiteSpace(person);
        return new(new Dictionary<RegionCode, string>(_contacts) { [region] = person }, _advisors);
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
