using System.Diagnostics.CodeAnalysis;

namespace Wsp.Sdk.Employers;

/// <summary>
/// What registering an employer came to for the caller (rule H8): the account as stored, or the possible duplicates
/// that stopped it — those in regions the caller may read as accounts, those in regions it may not by their public
/// identity only.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EmployerRegistrationOutcome
{
    internal EmployerRegistrationOutcome(EmployerAccount? account, IReadOnlyList<EmployerAccount> possibleDuplicates, IReadOnlyList<EmployerIdentity> possibleDuplicatesElsewhere)
    {
        Account = account;
        PossibleDuplicates = possibleDuplicates;
        PossibleDuplicatesElsewhere = possibleDuplicatesElsewhere;
    }

    /// <summary>Gets the account as stored, or null when possible duplicates stopped the registration.</summary>
    public EmployerAccount? Account { get; }

    /// <summary>Gets the possible duplicates in regions the caller may read.</summary>
    public IReadOnlyList<EmployerAccount> PossibleDuplicates { get; }

    /// <summary>
    /// Gets the possible duplicates in regions the caller may not read, by their public identity only (name, KvK number,
    /// municipality, owner): the caller confirms one is another employer (by its id), asks its owner, or adds an
    /// establishment to it.
    /// </summary>
    public IReadOnlyList<EmployerIdentity> PossibleDuplicatesElsewhere { get; }

    /// <summary>Gets how many possible duplicates are in regions the caller may not read (<see cref="PossibleDuplicatesElsewhere"/>'s count).</summary>
    public int DuplicatesElsewhere => PossibleDuplicatesElsewhere.Count;

    /// <summary>Gets whether the account was registered.</summary>
    [MemberNotNullWhen(true, nameof(Account))]
    public bool IsRegistered => Account is not null;
}
