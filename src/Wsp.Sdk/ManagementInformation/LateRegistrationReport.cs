using NodaTime;
using Wsp.Sdk.Counting;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>Late vacancy registrations (rule H10) per region in a period: figure <c>late-vacancy-registrations/1</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class LateRegistrationReport
{
    internal LateRegistrationReport(DateInterval period, IReadOnlyList<LateRegistrationCount> regions)
    {
        Period = period;
        Regions = regions;
    }

    /// <summary>Gets the figure's id.</summary>
    public CountingDefinitionId Figure { get; } = ManagementFigures.LateVacancyRegistrations.Id;

    /// <summary>Gets the period, both ends included (Dutch calendar dates of registration).</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the counts of the regions that registered a vacancy in the period, ordered by code.</summary>
    public IReadOnlyList<LateRegistrationCount> Regions { get; }

    /// <summary>Gets the vacancies registered in all.</summary>
    public int Registered => Regions.Sum(r => r.Registered);

    /// <summary>Gets the late ones in all.</summary>
    public int Late => Regions.Sum(r => r.Late);

    /// <summary>Gets <see cref="Late"/> / <see cref="Registered"/> over all regions; 0 when nothing was registered.</summary>
    public decimal LateShare => Registered == 0 ? 0m : (decimal)Late / Registered;
}
