using System.Diagnostics.CodeAnalysis;

namespace Wsp.Sdk.Employers;

/// <summary>
/// What registering an employer came to for the caller (rule H8): the account as stored, or the possible duplicates
/// that stopped it — those in regions the caller may read, and how many more are in regions it may not.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EmployerRegistrationOutcome
{
    internal EmployerRegistrationOutcome(EmployerAccount? account, IReadOnlyList<EmployerAccount> possibleDuplicates, int duplicatesElsewhere)
    {
        Account = account;
        PossibleDuplicates = possibleDuplicates;
        DuplicatesElsewhere = duplicatesElsewhere;
    }

    /// <summary>Gets the account as stored, or null when possible duplicates stopped the registration.</summary>
    public EmployerAccount? Account { get; }

    /// <summary>Gets the possible duplicates in regions the caller may read.</summary>
    public IReadOnlyList<EmployerAccount> PossibleDuplicates { get; }

    /// <summary>Gets how many possible duplicates are in regions the caller may not read: counted, not shown.</summary>
    public int DuplicatesElsewhere { get; }

    /// <summary>Gets whether the account was registered.</summary>
    [MemberNotNullWhen(true, nameof(Account))]
    public bool IsRegistered => Account is not null;
}
