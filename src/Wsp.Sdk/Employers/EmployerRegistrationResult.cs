using System.Diagnostics.CodeAnalysis;

namespace Wsp.Sdk.Employers;

/// <summary>
/// The answer to <see cref="EmployerAccount.Register"/>: the registered account, or the accounts that may be the same
/// employer (rule H8). Possible duplicates are never merged silently: the advisor looks, then registers again with
/// the ones that are other employers confirmed.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class EmployerRegistrationResult
{
    private EmployerRegistrationResult(EmployerAccount? account, IReadOnlyList<EmployerAccount> possibleDuplicates)
    {
        Account = account;
        PossibleDuplicates = possibleDuplicates;
    }

    /// <summary>Gets the registered account, or null when possible duplicates were found.</summary>
    public EmployerAccount? Account { get; }

    /// <summary>Gets the accounts that may be the same employer; empty when registered.</summary>
    public IReadOnlyList<EmployerAccount> PossibleDuplicates { get; }

    /// <summary>Gets a value indicating whether the account was registered.</summary>
    [MemberNotNullWhen(true, nameof(Account))]
    public bool IsRegistered => Account is not null;

    internal static EmployerRegistrationResult Registered(EmployerAccount account) => new(account, []);

    internal static EmployerRegistrationResult Duplicates(IReadOnlyList<EmployerAccount> candidates) => new(null, candidates);
}
