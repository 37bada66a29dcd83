using Wsp.Sdk.ManagementInformation;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// Late vacancy registrations (te laat geregistreerde vacatures, H10) as their reader may see them: per region the
/// vacancies registered and those registered late, and the national totals, each disclosed by
/// <see cref="FigureDisclosure"/>. For a reader of aggregates only a region is listed when its registered vacancies are
/// published.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedLateRegistrations
{
    internal DisclosedLateRegistrations(LateRegistrationReport result, IReadOnlyList<DisclosedLateRegistrationCount> regions, SuppressedEntry registered, SuppressedEntry late, FigureDisclosure disclosure)
    {
        Result = result;
        Regions = regions;
        Registered = registered;
        Late = late;
        Disclosure = disclosure;
    }

    /// <summary>Gets the counted result: its figure and period (its counts are exact: render the disclosed ones).</summary>
    public LateRegistrationReport Result { get; }

    /// <summary>Gets the listed regions, ordered by code.</summary>
    public IReadOnlyList<DisclosedLateRegistrationCount> Regions { get; }

    /// <summary>Gets the vacancies registered in the period, disclosed.</summary>
    public SuppressedEntry Registered { get; }

    /// <summary>Gets the vacancies registered late, disclosed.</summary>
    public SuppressedEntry Late { get; }

    /// <summary>Gets the late share of the disclosed counts; null when either is withheld or nothing was registered.</summary>
    public decimal? LateShare => DisclosedLateRegistrationCount.Share(Late, Registered);

    /// <summary>Gets the disclosure applied.</summary>
    public FigureDisclosure Disclosure { get; }
}

/// <summary>One region's late registrations as disclosed.</summary>
/// <param name="Group">The region's counted result (its counts are exact: render the disclosed ones).</param>
/// <param name="Registered">The vacancies registered, disclosed.</param>
/// <param name="Late">The vacancies registered late, disclosed.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DisclosedLateRegistrationCount(LateRegistrationCount Group, SuppressedEntry Registered, SuppressedEntry Late)
{
    /// <summary>Gets the late share of the disclosed counts; null when either is withheld or nothing was registered.</summary>
    public decimal? LateShare => Share(Late, Registered);

    internal static decimal? Share(SuppressedEntry late, SuppressedEntry registered) =>
        late.Count is { } l && registered.Count is { } r ? (r == 0 ? 0m : (decimal)l / r) : null;
}
