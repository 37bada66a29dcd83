using GraphQL.Types;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Schema;

/// <summary>The fields of <c>registerVacancy</c>'s input as GraphQL gives them.</summary>
internal sealed class RegisterVacancyInput
{
    public string? Id { get; init; }

    public string EmployerId { get; init; } = "";

    public string? Postcode { get; init; }

    public string Title { get; init; } = "";

    public string SectorCode { get; init; } = "";

    public string ReceivedAt { get; init; } = "";

    public string ExpiresOn { get; init; } = "";

    public bool PublishedOpen { get; init; }

    public string PublicationText { get; init; } = "";

    public bool? IsRecruitmentOrder { get; init; }

    public int? Positions { get; init; }

    public List<string>? TargetGroups { get; init; }

    public List<SelectionCriteria>? Selection { get; init; }

    public string? CoProductionId { get; init; }

    public RegisterVacancyRequest ToRequest() => new(
        InputValues.IdOr(Id, "V"),
        EmployerId,
        Title,
        SectorCode,
        Iso.ParseInstant(ReceivedAt, "receivedAt"),
        Iso.ParseDate(ExpiresOn, "expiresOn"),
        PublishedOpen ? Publication.Open(PublicationText) : Publication.Blocked(PublicationText))
    {
        Postcode = Postcode is null ? null : InputValues.Postcode(Postcode, "postcode"),
        IsRecruitmentOrder = IsRecruitmentOrder ?? true,
        Positions = Positions ?? 1,
        TargetGroups = InputValues.TargetGroups(TargetGroups, "targetGroups"),
        Selection = (Selection ?? []).Aggregate(SelectionCriteria.None, (all, c) => all | c),
        CoProductionId = CoProductionId,
    };
}

/// <summary>Input of <c>registerVacancy</c> (vacature registreren, rules H10, H12, H13, H16).</summary>
internal sealed class RegisterVacancyInputType : InputObjectGraphType<RegisterVacancyInput>
{
    public RegisterVacancyInputType()
    {
        Name = "RegisterVacancyInput";
        Field<IdGraphType>("id").Description("The new vacancy's id; generated when left out.");
        Field<NonNullGraphType<IdGraphType>>("employerId");
        Field<StringGraphType>("postcode").Description("The establishment's postcode; the account's first establishment when left out.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("sectorCode");
        Field<NonNullGraphType<StringGraphType>>("receivedAt").Description("When the vacancy was received, UTC (rule H10).");
        Field<NonNullGraphType<StringGraphType>>("expiresOn").Description("ISO date.");
        Field<NonNullGraphType<BooleanGraphType>>("publishedOpen").Description("Open (public) or blocked (rule H10).");
        Field<NonNullGraphType<StringGraphType>>("publicationText").Description("Contact details when open; why it is blocked otherwise.");
        Field<BooleanGraphType>("isRecruitmentOrder").Description("A real recruitment order (rule H16); default true.");
        Field<IntGraphType>("positions").Description("Positions asked for; default 1 (10 or more: a co-production, rule H13).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetGroups").Description("Target-group codes (rule H12).");
        Field<ListGraphType<NonNullGraphType<SelectionCriterionType>>>("selection").Description("Selection on age, sex or origin: only on a vacancy flagged for a target group other than REGULAR (rule H12); none when left out.");
        Field<StringGraphType>("coProductionId");
    }
}

/// <summary>The fields of <c>referCandidate</c>'s input.</summary>
internal sealed class ReferCandidateInput
{
    public string VacancyId { get; init; } = "";

    public string Candidate { get; init; } = "";

    public List<string> TargetGroups { get; init; } = [];

    public bool MeetsRequirements { get; init; }
}

/// <summary>Input of <c>referCandidate</c> (kandidaat voorstellen, rule H14).</summary>
internal sealed class ReferCandidateInputType : InputObjectGraphType<ReferCandidateInput>
{
    public ReferCandidateInputType()
    {
        Name = "ReferCandidateInput";
        Field<NonNullGraphType<IdGraphType>>("vacancyId");
        Field<NonNullGraphType<StringGraphType>>("candidate").Description("The candidate's pseudonym; never a BSN.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetGroups");
        Field<NonNullGraphType<BooleanGraphType>>("meetsRequirements");
    }
}

/// <summary>The fields of <c>bookPlacement</c>'s input.</summary>
internal sealed class BookPlacementInput
{
    public string VacancyId { get; init; } = "";

    public string? PlacementId { get; init; }

    public string Candidate { get; init; } = "";

    public string Start { get; init; } = "";

    public string? End { get; init; }

    public double HoursPerWeek { get; init; }

    public string? ArrangementId { get; init; }

    public BookPlacementRequest ToRequest() => new(
        VacancyId,
        InputValues.IdOr(PlacementId, "P"),
        InputValues.Candidate(Candidate, "candidate"),
        Iso.ParseDate(Start, "start"),
        Hours(HoursPerWeek))
    {
        End = End is null ? null : Iso.ParseDate(End, "end"),
        ArrangementId = ArrangementId,
    };

    /// <summary>A number of hours too large for a decimal is the client's mistake, not the gateway's failure.</summary>
    private static decimal Hours(double hours) =>
        double.IsFinite(hours) && Math.Abs(hours) < 1e15 ? (decimal)hours : throw InputValues.Bad("hoursPerWeek", "is out of range");
}

/// <summary>Input of <c>bookPlacement</c> (plaatsing boeken, rules H13, H15, H16).</summary>
internal sealed class BookPlacementInputType : InputObjectGraphType<BookPlacementInput>
{
    public BookPlacementInputType()
    {
        Name = "BookPlacementInput";
        Field<NonNullGraphType<IdGraphType>>("vacancyId");
        Field<IdGraphType>("placementId").Description("The placement's id; generated when left out.");
        Field<NonNullGraphType<StringGraphType>>("candidate");
        Field<NonNullGraphType<StringGraphType>>("start").Description("ISO date.");
        Field<StringGraphType>("end").Description("ISO date, or null while it runs.");
        Field<NonNullGraphType<FloatGraphType>>("hoursPerWeek");
        Field<StringGraphType>("arrangementId");
    }
}

/// <summary>The fields of <c>handOverVacancy</c>'s input.</summary>
internal sealed class HandOverVacancyInput
{
    public string VacancyId { get; init; } = "";

    public string To { get; init; } = "";
}

/// <summary>Input of <c>handOverVacancy</c> (vacature overdragen, rule H11).</summary>
internal sealed class HandOverVacancyInputType : InputObjectGraphType<HandOverVacancyInput>
{
    public HandOverVacancyInputType()
    {
        Name = "HandOverVacancyInput";
        Field<NonNullGraphType<IdGraphType>>("vacancyId");
        Field<NonNullGraphType<StringGraphType>>("to").Description("The chain partner: UWV or a municipality code.");
    }
}

/// <summary>The fields of the vacancy steps' input.</summary>
internal sealed class VacancyStepInput
{
    public string VacancyId { get; init; } = "";

    public string? ExpiresOn { get; init; }

    public string? NewId { get; init; }

    public VacancyCloseReason? Reason { get; init; }
}

/// <summary>Input of <c>closeVacancy</c>, <c>reactivateVacancy</c> and <c>duplicateVacancy</c> (rule H15).</summary>
internal sealed class VacancyStepInputType : InputObjectGraphType<VacancyStepInput>
{
    public VacancyStepInputType()
    {
        Name = "VacancyStepInput";
        Field<NonNullGraphType<IdGraphType>>("vacancyId");
        Field<StringGraphType>("expiresOn").Description("reactivateVacancy: the new expiry date (ISO), today or later.");
        Field<IdGraphType>("newId").Description("duplicateVacancy: the duplicate's id; generated when left out.");
        Field<VacancyCloseReasonType>("reason").Description("closeVacancy: why it closes; FILLED when left out.");
    }
}

/// <summary>The fields of <c>correctVacancy</c>'s input.</summary>
internal sealed class CorrectVacancyInput
{
    public string VacancyId { get; init; } = "";

    public string? Title { get; init; }

    public string? ExpiresOn { get; init; }

    public int? Positions { get; init; }

    public bool? PublishedOpen { get; init; }

    public string? PublicationText { get; init; }

    public VacancyCorrection ToCorrection() => new()
    {
        Title = Title,
        ExpiresOn = ExpiresOn is null ? null : Iso.ParseDate(ExpiresOn, "expiresOn"),
        Positions = Positions,
        Publication = (PublishedOpen, PublicationText) switch
        {
            (null, null) => null,
            ({ } open, { } text) => open ? Publication.Open(text) : Publication.Blocked(text),
            _ => throw InputValues.Bad(PublishedOpen is null ? "publishedOpen" : "publicationText", "is needed with the other: a publication is open or blocked, with its text"),
        },
    };
}

/// <summary>Input of <c>correctVacancy</c> (vacature corrigeren).</summary>
internal sealed class CorrectVacancyInputType : InputObjectGraphType<CorrectVacancyInput>
{
    public CorrectVacancyInputType()
    {
        Name = "CorrectVacancyInput";
        Description = "What to correct on a vacancy; a field left out stays as it is. Each change is kept in the vacancy's corrections.";
        Field<NonNullGraphType<IdGraphType>>("vacancyId");
        Field<StringGraphType>("title");
        Field<StringGraphType>("expiresOn").Description("ISO date; not on an expired vacancy (reactivate it, rule H15).");
        Field<IntGraphType>("positions").Description("Positions asked for (10 or more: a co-production, rule H13); the workplaces stay as they are.");
        Field<BooleanGraphType>("publishedOpen").Description("With publicationText: open (public) or blocked (rule H10).");
        Field<StringGraphType>("publicationText").Description("With publishedOpen: contact details when open, why it is blocked otherwise.");
    }
}
