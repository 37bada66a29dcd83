using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// The employers in contact (werkgevers in contact) of a region at a date, derived from the stored records for the
/// coverage ratio (dekkingsgraad, rule H5) by <see cref="EmployerContacts"/>: the contacts with their staff count and
/// sector, and the accounts in contact that cannot count because no staff count (or no KvK number) is recorded.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class EmployerContactsResult
{
    internal EmployerContactsResult(RegionCode region, LocalDate asOf, IReadOnlyList<EmployerContact> contacts, IReadOnlyList<string> withoutStaffCount)
        : this(region, asOf, contacts, withoutStaffCount, Tally.Of(withoutStaffCount.Count, RecordKey.Sum(withoutStaffCount.Select(RecordKey.Of))))
    {
    }

    private EmployerContactsResult(RegionCode region, LocalDate asOf, IReadOnlyList<EmployerContact> contacts, IReadOnlyList<string> withoutStaffCount, Tally withoutStaffCountTally)
    {
        Region = region;
        AsOf = asOf;
        Contacts = contacts;
        AccountsWithoutStaffCount = withoutStaffCount;
        WithoutStaffCountTally = withoutStaffCountTally;
    }

    /// <summary>Gets the labour market region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the date the contacts were judged at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the employers in contact with their staff count and sector at <see cref="AsOf"/>, ordered by KvK number.</summary>
    public IReadOnlyList<EmployerContact> Contacts { get; }

    /// <summary>Gets the ids of the accounts in contact without a staff count on or before <see cref="AsOf"/> or without a KvK number, ordered: they are shown, never guessed into a ratio.</summary>
    public IReadOnlyList<string> AccountsWithoutStaffCount { get; }

    /// <summary>The result without the ids of the accounts lacking a staff count: for a reader of aggregates only, which sees no record id.</summary>
    /// <summary>Gets how many accounts lack a staff count, as a tally (count and cell key of their ids): kept when the ids are left out.</summary>
    internal Tally WithoutStaffCountTally { get; }

    internal EmployerContactsResult WithoutAccountIds() => AccountsWithoutStaffCount.Count == 0 ? this : new(Region, AsOf, Contacts, [], WithoutStaffCountTally);
}
