using NodaTime;
using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Storage;

/// <summary>
/// The flat read model of an employer account (werkgeversaccount) that stores index and specifications query, written
/// in the same write as the account.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EmployerAccountSummary
{
    /// <summary>Gets the account's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the trade name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the name's comparison key (rule H8).</summary>
    public required string NameKey { get; init; }

    /// <summary>Gets the KvK number, or null.</summary>
    public string? Kvk { get; init; }

    /// <summary>Gets the home region's code.</summary>
    public required string RegionCode { get; init; }

    /// <summary>Gets the owner, <c>UWV</c> or <c>GMxxxx</c> (rule H7).</summary>
    public required string Owner { get; init; }

    /// <summary>Gets the last contact (rule H7).</summary>
    public required Instant LastContact { get; init; }

    /// <summary>Gets how many partners wait for the owner's answer to work with the employer (rule H7).</summary>
    public int PendingConsentRequests { get; init; }

    /// <summary>Builds the summary of an account.</summary>
    /// <param name="account">The account.</param>
    /// <returns>Its summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static EmployerAccountSummary Of(EmployerAccount account)
    {
        Preconditions.CheckNotNull(account);
        return new EmployerAccountSummary
        {
            Id = account.Id,
            Name = account.Name,
            NameKey = account.NameKey,
            Kvk = account.Kvk?.ToString(),
            RegionCode = account.Region.Code.ToString(),
            Owner = account.Owner.ToString(),
            LastContact = account.LastContact,
            PendingConsentRequests = account.PendingConsentRequests.Count,
        };
    }
}
