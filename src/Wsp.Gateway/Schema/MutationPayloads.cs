using GraphQL.Types;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Visits;

namespace Wsp.Gateway.Schema;

/// <summary>What an employer mutation answers.</summary>
internal sealed record EmployerPayload(EmployerNode? Employer, IReadOnlyList<EmployerNode> PossibleDuplicates, int DuplicatesElsewhere = 0)
{
    public static EmployerPayload Of(Sdk.Employers.EmployerAccount account) => new(EmployerNode.Of(account), []);

    public static EmployerPayload Of(Sdk.Employers.EmployerRegistrationOutcome outcome) =>
        new(outcome.Account is { } account ? EmployerNode.Of(account) : null, [.. outcome.PossibleDuplicates.Select(EmployerNode.Of)], outcome.DuplicatesElsewhere);
}

/// <summary>What <c>recordVisit</c> answers.</summary>
internal sealed record VisitPayload(CompanyVisit Visit, EmployerNode Employer)
{
    public static VisitPayload Of(RecordedVisit recorded) => new(recorded.Visit, EmployerNode.Of(recorded.Employer));
}

/// <summary>What a vacancy mutation answers.</summary>
internal sealed record VacancyPayload(VacancyNode Vacancy, Placement? Placement = null)
{
    public static VacancyPayload Of(Sdk.Vacancies.Vacancy vacancy, Placement? placement = null) => new(VacancyNode.Of(vacancy), placement);
}

/// <summary>The GraphQL type of <see cref="EmployerPayload"/>.</summary>
internal sealed class EmployerPayloadType : ObjectGraphType<EmployerPayload>
{
    public EmployerPayloadType()
    {
        Name = "EmployerPayload";
        Description = "The employer as written; for registerEmployer, null with possibleDuplicates when the name or postcode is known already (rule H8).";
        Field<EmployerType>("employer").Resolve(c => c.Source.Employer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployerType>>>>("possibleDuplicates").Description("Accounts with the same name key or an establishment at the postcode (rule H8), in regions the partner may read.").Resolve(c => c.Source.PossibleDuplicates);
        Field<NonNullGraphType<IntGraphType>>("duplicatesElsewhere").Description("Possible duplicates in regions the partner may not read: counted, not shown (ask the owner's region).").Resolve(c => c.Source.DuplicatesElsewhere);
    }
}

/// <summary>The GraphQL type of <see cref="VisitPayload"/>.</summary>
internal sealed class VisitPayloadType : ObjectGraphType<VisitPayload>
{
    public VisitPayloadType()
    {
        Name = "VisitPayload";
        Description = "The visit and the employer with the contact recorded.";
        Field<NonNullGraphType<VisitType>>("visit").Resolve(c => c.Source.Visit);
        Field<NonNullGraphType<EmployerType>>("employer").Resolve(c => c.Source.Employer);
    }
}

/// <summary>The GraphQL type of <see cref="VacancyPayload"/>.</summary>
internal sealed class VacancyPayloadType : ObjectGraphType<VacancyPayload>
{
    public VacancyPayloadType()
    {
        Name = "VacancyPayload";
        Description = "The vacancy as written; for bookPlacement also the placement booked.";
        Field<NonNullGraphType<VacancyType>>("vacancy").Resolve(c => c.Source.Vacancy);
        Field<PlacementType>("placement").Resolve(c => c.Source.Placement);
    }
}
