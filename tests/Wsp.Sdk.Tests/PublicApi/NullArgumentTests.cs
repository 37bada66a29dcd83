using System.Reflection;
using System.Runtime.ExceptionServices;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.PublicApi;

/// <summary>
/// Every public constructor and method of Wsp.Sdk answers a null where its signature says non-null with an
/// <see cref="ArgumentNullException"/> naming that parameter: never a <see cref="NullReferenceException"/>.
/// </summary>
public sealed class NullArgumentTests
{
    private static readonly NullabilityInfoContext s_nullability = new();

    public static TheoryData<string> Members() => new(Cases().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Members))]
    public void A_null_argument_is_an_ArgumentNullException_naming_the_parameter(string name)
    {
        var (_, invoke, parameter) = Cases().Single(c => c.Name == name);
        var error = Assert.ThrowsAny<ArgumentNullException>(() =>
        {
            try
            {
                invoke();
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
        });
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void The_sweep_covers_the_public_surface() => Assert.True(Cases().Count() > 40);

    private static IEnumerable<(string Name, Action Invoke, string Parameter)> Cases()
    {
        var types = typeof(Gazetteer).Assembly.GetExportedTypes().Where(t => !t.IsGenericTypeDefinition);
        foreach (var type in types)
        {
            IEnumerable<MethodBase> members = type.GetConstructors();
            members = members.Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && m.DeclaringType == type));
            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                if (parameters.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike))
                {
                    continue;
                }

                for (var i = 0; i < parameters.Length; i++)
                {
                    var parameter = parameters[i];
                    if (parameter.ParameterType.IsValueType || s_nullability.Create(parameter).WriteState != NullabilityState.NotNull)
                    {
                        continue;
                    }

                    if (member is MethodInfo { IsStatic: false } && Sample(type) is null)
                    {
                        continue;
                    }

                    // Only a call whose other arguments are all real values tells which null is refused.
                    if (parameters.Where((other, j) => j != i && !other.ParameterType.IsValueType && Sample(other.ParameterType) is null).Any())
                    {
                        continue;
                    }

                    var index = i;
                    yield return (
                        $"{type.Name}.{member.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))})#{parameter.Name}",
                        () =>
                        {
                            var args = parameters.Select(p => Sample(p.ParameterType)).ToArray();
                            args[index] = null;
                            _ = member is ConstructorInfo ctor ? ctor.Invoke(args) : member.Invoke(member.IsStatic ? null : Sample(type), args);
                        },
                        parameter.Name!);
                }
            }
        }
    }

    private static readonly Workflow.Scenario s_scenario = new();

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(NodaTime.IClock) => s_scenario.Clock,
        _ when type == typeof(Wsp.Sdk.Employers.ContactKind) => Wsp.Sdk.Employers.ContactKind.Other,
        _ when type == typeof(Wsp.Sdk.Employers.EmployerAccount) => s_scenario.Account(),
        _ when type == typeof(Wsp.Sdk.Employers.Establishment) => s_scenario.Establishment,
        _ when type == typeof(Wsp.Sdk.Employers.Postcode) => s_scenario.Establishment.Postcode,
        _ when type == typeof(Wsp.Sdk.Employers.EmployerRegistration) => new Wsp.Sdk.Employers.EmployerRegistration("EA-9", "Garage", s_scenario.Establishment, Workflow.Scenario.Delft, Wsp.Sdk.Employers.EmployerKind.Market, Wsp.Sdk.Employers.RegistrationReason.Visited),
        _ when type == typeof(Wsp.Sdk.Vacancies.VacancyRegistration) => s_scenario.Registration(),
        _ when type == typeof(Wsp.Sdk.Vacancies.Vacancy) => s_scenario.Vacancy(),
        _ when type == typeof(Wsp.Sdk.Vacancies.Publication) => Wsp.Sdk.Vacancies.Publication.Open("jobs@example.nl"),
        _ when type == typeof(Wsp.Sdk.Vacancies.PlacementBooking) => Workflow.Scenario.Booking(1),
        _ when type == typeof(Wsp.Sdk.Visits.VisitReport) => new Wsp.Sdk.Visits.VisitReport("Introduction", "Bakes bread", "None"),
        _ when type == typeof(Wsp.Sdk.Visits.CompanyVisit) => new Wsp.Sdk.Visits.CompanyVisit("VS-1", "EA-1", Workflow.Scenario.Delft, new LocalDate(2026, 3, 1), new Wsp.Sdk.Visits.VisitReport("Introduction", "Bakes bread", "None")),
        _ when type == typeof(IEnumerable<Wsp.Sdk.Employers.Establishment>) => new[] { s_scenario.Establishment },
        _ when type == typeof(string) => "RETAIL",
        _ when type == typeof(int) => 2026,
        _ when type == typeof(long) => 2L,
        _ when type == typeof(decimal) => 1m,
        _ when type == typeof(LocalDate) => new LocalDate(2026, 1, 31),
        _ when type == typeof(DateInterval) => new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
        _ when type == typeof(Gazetteer) => Gazetteer.Default,
        _ when type == typeof(Municipality) => Gazetteer.Default.FindMunicipality("GM0503"),
        _ when type == typeof(SectorClassification) => SectorClassifications.Haaglanden2015,
        _ when type == typeof(PlacementAmbitionTable) => PlacementAmbitions.Haaglanden2015,
        _ when type == typeof(Placement) => new APlacement().Build(),
        _ when type == typeof(JobAgreementStockResult) => JobAgreementJobs.Count([], new LocalDate(2026, 1, 31)),
        _ when type == typeof(Wsp.Sdk.Arrangements.NationalDesk) => Wsp.Sdk.Arrangements.NationalDesk.Empty,
        _ when type == typeof(Wsp.Sdk.Sectors.SectorEmployerTotals) => new Wsp.Sdk.Sectors.SectorEmployerTotals(RegionCode.Parse("AM21"), new LocalDate(2015, 1, 1), "KvK", new Dictionary<string, int> { ["RETAIL"] = 1 }),
        _ when type == typeof(PlacementFlowResult) => PlacementsFlow.Count([], new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31)), PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.Partner | PlacementDimensions.Arrangement),
        _ when type == typeof(JobAgreementBaseline) => new JobAgreementBaseline(new LocalDate(2012, 12, 31), 0m, 0m),
        _ when type == typeof(IEnumerable<Placement>) => Array.Empty<Placement>(),
        _ when type == typeof(IAsyncEnumerable<Placement>) => Array.Empty<Placement>().ToAsyncEnumerable(),
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) => Array.CreateInstance(type.GetGenericArguments()[0], 0),
        _ when type == typeof(IReadOnlyDictionary<string, int>) => new Dictionary<string, int>(),
        _ when type == typeof(Wsp.Sdk.Rules.RuleId) => Wsp.Sdk.Rules.RuleId.H13,
        _ when type == typeof(RegionCode) => RegionCode.Parse("AM21"),
        _ when type == typeof(MunicipalityCode) => MunicipalityCode.Parse("GM0503"),
        _ when type == typeof(Wsp.Sdk.Employers.KvkNumber) => Wsp.Sdk.Employers.KvkNumber.Parse("12345678"),
        _ when type == typeof(Wsp.Sdk.Partners.BookingPartner) => Wsp.Sdk.Partners.BookingPartner.Uwv,
        _ when type == typeof(CandidateReference) => CandidateReference.Create("c1"),
        _ when type == typeof(Wsp.Sdk.TargetGroups.TargetGroupSet) => Wsp.Sdk.TargetGroups.TargetGroupSet.Of(Wsp.Sdk.TargetGroups.TargetGroup.Banenafspraak),
        _ when type == typeof(CountingDefinitionId) => new CountingDefinitionId("test", 1),

        // A reader with no store: every argument is checked before the store is touched, so the sweep needs none.
        _ when type == typeof(Wsp.Sdk.ManagementInformation.ManagementInformationReader) => System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type),
        _ when type == typeof(IReadOnlyCollection<RegionCode>) => new[] { RegionCode.Parse("AM21") },
        _ when type == typeof(Wsp.Sdk.Storage.ArrangementFilter) => Wsp.Sdk.Storage.ArrangementFilter.All,
        _ when type.IsValueType => Activator.CreateInstance(type),
        _ => null,
    };
}
