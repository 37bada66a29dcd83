using GraphQL.Types;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Visits;

namespace Wsp.Gateway.Schema;

/// <summary>What an employer mutation answers.</summary>
internal sealed record EmployerPayload(EmployerNode? Employer, IReadOnlyList<EmployerNode> PossibleDuplicates, IReadOnlyList<EmployerIdentity> PossibleDuplicatesElsewhere, EmployerIdentity? Identity)
{
    public static EmployerPayload Of(EmployerAccount account) => new(EmployerNode.Of(account), [], [], EmployerIdentity.Of(account));

    /// <summary>
    /// The account as written, shown as far as the caller may read it (the client decides): a partner that added an
    /// establishment in its own region to an account at home elsewhere gets its public identity, not its records.
    /// </summary>
    public static EmployerPayload For(EmployerAccount account, Sdk.WspClient client) =>
        new(client.MayRead(account) ? EmployerNode.Of(account) : null, [], [], EmployerIdentity.Of(account));

    public static EmployerPayload Of(EmployerRegistrationOutcome outcome) =>
        new(
            outcome.Account is { } account ? EmployerNode.Of(account) : null,
            [.. outcome.PossibleDuplicates.Select(EmployerNode.Of)],
            outcome.PossibleDuplicatesElsewhere,
            outcome.Account is { } registered ? EmployerIdentity.Of(registered) : null);
}

/// <summary>What <c>requestAccountConsent</c> answers: the request, never the account (the caller may not read its region).</summary>
internal sealed record ConsentRequestPayload(string EmployerId, ConsentRequest Request);

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
        Description = "The employer as written, as far as the partner may read it; for registerEmployer, null with the possible duplicates when the name, postcode or KvK number is known already (rule H8).";
        Field<EmployerType>("employer").Description("The account; null when possible duplicates stopped a registration, or when the partner may not read the account's home region.").Resolve(c => c.Source.Employer);
        Field<EmployerIdentityType>("identity").Description("The account's public identity; null when possible duplicates stopped a registration.").Resolve(c => c.Source.Identity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployerType>>>>("possibleDuplicates").Description("Accounts with the same name key, an establishment at the postcode or the same KvK number (rule H8), in regions the partner may read.").Resolve(c => c.Source.PossibleDuplicates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployerIdentityType>>>>("possibleDuplicatesElsewhere").Description("Possible duplicates in regions the partner may not read, by public identity only (rule H8): confirm one is another employer by its id (confirmedDistinctFrom), ask its owner (requestAccountConsent), or add an establishment to it (addEstablishment).").Resolve(c => c.Source.PossibleDuplicatesElsewhere);
        Field<NonNullGraphType<IntGraphType>>("duplicatesElsewhere")
            .Description("The number of possibleDuplicatesElsewhere.")
            .DeprecationReason("Use possibleDuplicatesElsewhere: the possible duplicates in other regions by their public identity (rule H8).")
            .Resolve(c => c.Source.PossibleDuplicatesElsewhere.Count);
    }
}

/// <summary>The GraphQL type of <see cref="ConsentRequestPayload"/>.</summary>
internal sealed class ConsentRequestPayloadType : ObjectGraphType<ConsentRequestPayload>
{
    public ConsentRequestPayloadType()
    {
        Name = "ConsentRequestPayload";
        Description = "The request to work with an employer as written; the owner answers it (rule H7).";
        Field<NonNullGraphType<IdGraphType>>("employerId").Resolve(c => c.Source.EmployerId);
        Field<NonNullGraphType<ConsentRequestType>>("request").Resolve(c => c.Source.Request);
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
