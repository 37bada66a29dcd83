namespace Wsp.Sdk.Employers;

/// <summary>What an employer search (werkgever zoeken) looks for: a name, a KvK number or a postcode.</summary>
public enum EmployerSearchKind
{
    /// <summary>A name, as rule H8 matches it: a prefix of the name's key from any of its words (<see cref="EmployerName.SearchKeysOf"/>).</summary>
    Name = 0,

    /// <summary>A KvK number: the accounts that have it.</summary>
    Kvk = 1,

    /// <summary>A postcode: the accounts with an establishment there.</summary>
    Postcode = 2,
}

/// <summary>
/// The term of an employer search (zoekterm) as a partner types it: eight digits are a KvK number, a Dutch postcode
/// (<c>2611 AB</c>, <c>2611ab</c>) a postcode, anything else a name, forgiven as rule H8 forgives it (case, diacritics,
/// punctuation, legal form, written together or apart): <c>korenbloem</c> finds <c>Bakkerij De Korenbloem B.V.</c>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EmployerSearchTerm
{
    private EmployerSearchTerm(EmployerSearchKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Gets what is looked for.</summary>
    public EmployerSearchKind Kind { get; }

    /// <summary>Gets the value: the name key prefix, the eight digits, or the postcode as <c>2611 AB</c>.</summary>
    public string Value { get; }

    /// <summary>Reads a search term.</summary>
    /// <param name="text">What the partner typed.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentException">The text is blank, or holds nothing to look for (only punctuation or a legal form).</exception>
    public static EmployerSearchTerm Parse(string text)
    {
        Preconditions.CheckNotNullOrWhiteSpace(text);
        var trimmed = text.Trim();
        if (KvkNumber.TryParse(trimmed, out var kvk))
        {
            return new EmployerSearchTerm(EmployerSearchKind.Kvk, kvk.ToString());
        }

        if (Postcode.TryParse(trimmed, out var postcode))
        {
            return new EmployerSearchTerm(EmployerSearchKind.Postcode, postcode.Value);
        }

        var key = EmployerName.KeyOf(trimmed);
        Preconditions.CheckArgument(key.Length > 0, nameof(text), $"'{text}' holds no name, KvK number or postcode to look for.");
        return new EmployerSearchTerm(EmployerSearchKind.Name, key);
    }

    /// <summary>Returns whether an account matches the term, as a store's search does.</summary>
    /// <param name="account">The account.</param>
    /// <returns>Whether it matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public bool Matches(EmployerAccount account)
    {
        Preconditions.CheckNotNull(account);
        return Kind switch
        {
            EmployerSearchKind.Kvk => account.Kvk?.ToString() == Value,
            EmployerSearchKind.Postcode => account.Establishments.Any(e => e.Postcode.Value == Value),
            _ => EmployerName.SearchKeysOf(account.Name).Any(k => k.StartsWith(Value, StringComparison.Ordinal)),
        };
    }
}
