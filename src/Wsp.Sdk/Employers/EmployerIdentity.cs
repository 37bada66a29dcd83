using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Employers;

/// <summary>
/// The public identity of an employer account (openbare gegevens van een werkgever): its id, trade name, KvK number,
/// the municipality of its first establishment and its owner. The KvK register makes these public, so a possible
/// duplicate in a region the caller may not read is shown by them (rule H8), never by its records: the caller confirms
/// it is another employer, asks its owner to work with it, or adds an establishment to it.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EmployerIdentity
{
    private EmployerIdentity(string id, string name, KvkNumber? kvk, Municipality municipality, BookingPartner owner)
    {
        Id = id;
        Name = name;
        Kvk = kvk;
        Municipality = municipality;
        Owner = owner;
    }

    /// <summary>Gets the account's id, to confirm it is another employer or to add an establishment to it.</summary>
    public string Id { get; }

    /// <summary>Gets the trade name.</summary>
    public string Name { get; }

    /// <summary>Gets the KvK number, when known.</summary>
    public KvkNumber? Kvk { get; }

    /// <summary>Gets the municipality of the first establishment (the account's home).</summary>
    public Municipality Municipality { get; }

    /// <summary>Gets the owner (rule H7): whom to ask.</summary>
    public BookingPartner Owner { get; }

    /// <summary>Returns the public identity of an account.</summary>
    /// <param name="account">The account.</param>
    /// <returns>Its identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static EmployerIdentity Of(EmployerAccount account)
    {
        Preconditions.CheckNotNull(account);
        return new EmployerIdentity(account.Id, account.Name, account.Kvk, account.Establishments[0].Municipality, account.Owner);
    }
}
