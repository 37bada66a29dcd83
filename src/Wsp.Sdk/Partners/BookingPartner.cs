using System.Diagnostics.CodeAnalysis;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Rules;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Partners;

/// <summary>
/// A chain partner that books placements (boekende ketenpartner): UWV or a municipality (gemeente), written
/// <c>UWV</c> or <c>GMxxxx</c> in the interchange formats.
/// </summary>
/// <remarks>
/// Rule H15 decides what each side books: WW and Wajong are UWV's groups; Participatiewet, Wsw and status holders
/// the municipalities'; banenafspraak, youth, 55+ and regular candidates either's. This is an immutable value type
/// and is thread-safe; the default value is not a valid partner.
/// </remarks>
public readonly struct BookingPartner : IEquatable<BookingPartner>
{
    private static readonly TargetGroupSet s_uwvGroups = TargetGroupSet.Of(TargetGroup.WW, TargetGroup.Wajong);
    private static readonly TargetGroupSet s_municipalGroups =
        TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Wsw, TargetGroup.StatusHolder);

    // 0 = default (invalid), -1 = UWV, otherwise the municipality number + 1.
    private readonly short _value;

    private BookingPartner(short value) => _value = value;

    /// <summary>Gets UWV.</summary>
    public static BookingPartner Uwv { get; } = new(-1);

    /// <summary>Gets the side of the chain this partner is on.</summary>
    /// <exception cref="InvalidOperationException">The value is the uninitialized default.</exception>
    public PartnerSide Side => _value switch
    {
        0 => throw new InvalidOperationException("An uninitialized (default) BookingPartner has no side."),
        < 0 => PartnerSide.Uwv,
        _ => PartnerSide.Municipality,
    };

    /// <summary>Gets the municipality's code, or null for UWV.</summary>
    public MunicipalityCode? Municipality => _value > 0 ? MunicipalityCode.FromNumber(_value - 1) : null;

    /// <summary>Returns the partner for a municipality.</summary>
    /// <param name="code">The municipality's code.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the uninitialized default.</exception>
    public static BookingPartner ForMunicipality(MunicipalityCode code) =>
        new((short)(Preconditions.CheckInitialized(code).Number + 1));

    /// <summary>Tries to parse <c>UWV</c> or a municipality code <c>GMxxxx</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The partner when parsing succeeded.</param>
    /// <returns>Whether the text named a booking partner.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out BookingPartner result)
    {
        if (text.Equals("UWV", StringComparison.OrdinalIgnoreCase))
        {
            result = Uwv;
            return true;
        }

        result = MunicipalityCode.TryParse(text, out var code) ? ForMunicipality(code) : default;
        return result._value != 0;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out BookingPartner)"/>
    public static bool TryParse([NotNullWhen(true)] string? text, out BookingPartner result) => TryParse(text.AsSpan(), out result);

    /// <summary>Parses <c>UWV</c> or a municipality code <c>GMxxxx</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> names no booking partner.</exception>
    public static BookingPartner Parse(string text) => TryParse(Preconditions.CheckNotNull(text).AsSpan(), out var partner)
        ? partner
        : throw new FormatException($"'{text}' is not a booking partner: expected UWV or a municipality code such as GM0518.");

    /// <summary>
    /// Returns whether this partner may book a candidate of <paramref name="groups"/> (rule H15): refused only when
    /// the groups include one of the other side's and none of this side's.
    /// </summary>
    /// <param name="groups">The candidate's target groups.</param>
    /// <returns>Whether the booking is allowed.</returns>
    public bool MayBook(TargetGroupSet groups)
    {
        var (own, other) = Side == PartnerSide.Uwv ? (s_uwvGroups, s_municipalGroups) : (s_municipalGroups, s_uwvGroups);
        return groups.Overlaps(own) || !groups.Overlaps(other);
    }

    /// <summary>Refuses a booking this partner may not make (rule H15).</summary>
    /// <param name="groups">The candidate's target groups.</param>
    /// <exception cref="RuleViolationException">Rule H15: the candidate is in the other side's groups only.</exception>
    public void EnsureMayBook(TargetGroupSet groups)
    {
        if (!MayBook(groups))
        {
            var owner = Side == PartnerSide.Uwv ? "a municipality" : "UWV";
            throw new RuleViolationException(RuleId.H15, $"{this} may not book a candidate in target groups {groups}: that placement is booked by {owner}.");
        }
    }

    /// <inheritdoc />
    public bool Equals(BookingPartner other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BookingPartner other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <summary>Gets 16 bits that are equal for equal partners and differ for different ones (the counts sort persons by them).</summary>
    internal ushort Bits => unchecked((ushort)_value);

    /// <summary>Returns the partner whose <see cref="Bits"/> are <paramref name="bits"/>.</summary>
    internal static BookingPartner FromBits(ushort bits) => new(unchecked((short)bits));

    /// <summary>Returns <c>UWV</c> or the municipality code; the default value gives an empty string.</summary>
    /// <returns>The interchange form.</returns>
    public override string ToString() => _value switch
    {
        0 => "",
        < 0 => "UWV",
        _ => Municipality!.Value.ToString(),
    };

    /// <summary>Equality of two partners.</summary>
    /// <param name="left">The first partner.</param>
    /// <param name="right">The second partner.</param>
    /// <returns>Whether both are the same partner.</returns>
    public static bool operator ==(BookingPartner left, BookingPartner right) => left.Equals(right);

    /// <summary>Inequality of two partners.</summary>
    /// <param name="left">The first partner.</param>
    /// <param name="right">The second partner.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(BookingPartner left, BookingPartner right) => !left.Equals(right);
}
