using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>The fields of <c>DraftArrangementInput</c> as GraphQL gives them.</summary>
internal sealed class DraftArrangementInput
{
    public string? Id { get; init; }

    public string EmployerId { get; init; } = "";

    public Sdk.Arrangements.ArrangementKind? Kind { get; init; }

    public string AdvisorId { get; init; } = "";

    public string Terms { get; init; } = "";

    public int JobOpportunities { get; init; }
}

/// <summary>Input of <c>draftArrangement</c> (landelijke afspraak opstellen, rules L1, L2).</summary>
internal sealed class DraftArrangementInputType : InputObjectGraphType<DraftArrangementInput>
{
    public DraftArrangementInputType()
    {
        Name = "DraftArrangementInput";
        Field<IdGraphType>("id").Description("The arrangement's id; generated when left out.");
        Field<NonNullGraphType<IdGraphType>>("employerId").Description("The national employer's account (rule L1).");
        Field<ArrangementKindType>("kind").Description("Default MUNICIPAL; JOINT_WITH_UWV for the pilot (rule L6).");
        Field<NonNullGraphType<StringGraphType>>("advisorId").Description("The desk's advisor who drafts and manages it.");
        Field<NonNullGraphType<StringGraphType>>("terms");
        Field<NonNullGraphType<IntGraphType>>("jobOpportunities");
    }
}

/// <summary>The fields of <c>ArrangementStepInput</c> as GraphQL gives them.</summary>
internal sealed class ArrangementStepInput
{
    public string ArrangementId { get; init; } = "";
}

/// <summary>Input of a step that needs only the arrangement (send as concept, make final, end).</summary>
internal sealed class ArrangementStepInputType : InputObjectGraphType<ArrangementStepInput>
{
    public ArrangementStepInputType()
    {
        Name = "ArrangementStepInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
    }
}

/// <summary>The fields of <c>ReviseArrangementInput</c> as GraphQL gives them.</summary>
internal sealed class ReviseArrangementInput
{
    public string ArrangementId { get; init; } = "";

    public string Terms { get; init; } = "";

    public int JobOpportunities { get; init; }
}

/// <summary>Input of <c>reviseArrangement</c> (new version, rule L2).</summary>
internal sealed class ReviseArrangementInputType : InputObjectGraphType<ReviseArrangementInput>
{
    public ReviseArrangementInputType()
    {
        Name = "ReviseArrangementInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("terms");
        Field<NonNullGraphType<IntGraphType>>("jobOpportunities");
    }
}

/// <summary>The fields of <c>RecordRegionalInputInput</c> as GraphQL gives them.</summary>
internal sealed class RecordRegionalInputInput
{
    public string ArrangementId { get; init; } = "";

    public string Region { get; init; } = "";

    public string Input { get; init; } = "";
}

/// <summary>Input of <c>recordRegionalInput</c> (inbreng van de regio, rule L2).</summary>
internal sealed class RecordRegionalInputInputType : InputObjectGraphType<RecordRegionalInputInput>
{
    public RecordRegionalInputInputType()
    {
        Name = "RecordRegionalInputInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("region");
        Field<NonNullGraphType<StringGraphType>>("input");
    }
}

/// <summary>The fields of <c>RegionDecisionInput</c> as GraphQL gives them.</summary>
internal sealed class RegionDecisionInput
{
    public string ArrangementId { get; init; } = "";

    public string Region { get; init; } = "";
}

/// <summary>Input of <c>joinArrangement</c> and <c>declineArrangement</c> (rules L3, L4).</summary>
internal sealed class RegionDecisionInputType : InputObjectGraphType<RegionDecisionInput>
{
    public RegionDecisionInputType()
    {
        Name = "RegionDecisionInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("region").Description("The region the caller is the contact person of.");
    }
}

/// <summary>The fields of <c>LinkRegionalAgreementInput</c> as GraphQL gives them.</summary>
internal sealed class LinkRegionalAgreementInput
{
    public string ArrangementId { get; init; } = "";

    public string Region { get; init; } = "";

    public string Reference { get; init; } = "";
}

/// <summary>Input of <c>linkRegionalAgreement</c> (rule L2).</summary>
internal sealed class LinkRegionalAgreementInputType : InputObjectGraphType<LinkRegionalAgreementInput>
{
    public LinkRegionalAgreementInputType()
    {
        Name = "LinkRegionalAgreementInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("region");
        Field<NonNullGraphType<StringGraphType>>("reference");
    }
}

/// <summary>The fields of <c>ReferenceUwvArrangementInput</c> as GraphQL gives them.</summary>
internal sealed class ReferenceUwvArrangementInput
{
    public string ArrangementId { get; init; } = "";

    public string UwvArrangementId { get; init; } = "";
}

/// <summary>Input of <c>referenceUwvArrangement</c> (rule L6).</summary>
internal sealed class ReferenceUwvArrangementInputType : InputObjectGraphType<ReferenceUwvArrangementInput>
{
    public ReferenceUwvArrangementInputType()
    {
        Name = "ReferenceUwvArrangementInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("uwvArrangementId");
    }
}

/// <summary>The fields of <c>AssignAdvisorInput</c> as GraphQL gives them.</summary>
internal sealed class AssignAdvisorInput
{
    public string ArrangementId { get; init; } = "";

    public string AdvisorId { get; init; } = "";
}

/// <summary>Input of <c>assignAdvisor</c> (rule L4).</summary>
internal sealed class AssignAdvisorInputType : InputObjectGraphType<AssignAdvisorInput>
{
    public AssignAdvisorInputType()
    {
        Name = "AssignAdvisorInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("advisorId");
    }
}

/// <summary>The fields of <c>SetRegionContactInput</c> as GraphQL gives them.</summary>
internal sealed class SetRegionContactInput
{
    public string Region { get; init; } = "";

    public string Person { get; init; } = "";
}

/// <summary>Input of <c>setRegionContact</c> (contactpersoon per regio, rule L4).</summary>
internal sealed class SetRegionContactInputType : InputObjectGraphType<SetRegionContactInput>
{
    public SetRegionContactInputType()
    {
        Name = "SetRegionContactInput";
        Field<NonNullGraphType<StringGraphType>>("region");
        Field<NonNullGraphType<StringGraphType>>("person").Description("The municipality code (GMxxxx) whose token speaks for the region.");
    }
}

/// <summary>The fields of <c>AddAdvisorInput</c> as GraphQL gives them.</summary>
internal sealed class AddAdvisorInput
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public List<string>? Sectors { get; init; }

    public List<string>? AdoptionRegions { get; init; }
}

/// <summary>Input of <c>addAdvisor</c> (adviseur, rule L4).</summary>
internal sealed class AddAdvisorInputType : InputObjectGraphType<AddAdvisorInput>
{
    public AddAdvisorInputType()
    {
        Name = "AddAdvisorInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("sectors");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("adoptionRegions");
    }
}

/// <summary>What an arrangement mutation answers.</summary>
internal sealed class ArrangementPayloadType : ObjectGraphType<Sdk.Arrangements.ArrangementView>
{
    public ArrangementPayloadType()
    {
        Name = "ArrangementPayload";
        Description = "The arrangement as written.";
        Field<NonNullGraphType<ArrangementType>>("arrangement").Resolve(c => c.Source);
    }
}

/// <summary>What a desk mutation answers.</summary>
internal sealed class NationalDeskPayloadType : ObjectGraphType<Sdk.Arrangements.NationalDesk>
{
    public NationalDeskPayloadType()
    {
        Name = "NationalDeskPayload";
        Description = "The desk's organisation as written.";
        Field<NonNullGraphType<NationalDeskType>>("nationalDesk").Resolve(c => c.Source);
    }
}
