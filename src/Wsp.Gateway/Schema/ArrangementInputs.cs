using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>Input of <c>draftArrangement</c> (landelijke afspraak opstellen, rules L1, L2).</summary>
internal sealed class DraftArrangementInputType : InputObjectGraphType
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

/// <summary>Input of a step that needs only the arrangement (send as concept, make final, end).</summary>
internal sealed class ArrangementStepInputType : InputObjectGraphType
{
    public ArrangementStepInputType()
    {
        Name = "ArrangementStepInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
    }
}

/// <summary>Input of <c>reviseArrangement</c> (new version, rule L2).</summary>
internal sealed class ReviseArrangementInputType : InputObjectGraphType
{
    public ReviseArrangementInputType()
    {
        Name = "ReviseArrangementInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("terms");
        Field<NonNullGraphType<IntGraphType>>("jobOpportunities");
    }
}

/// <summary>Input of <c>recordRegionalInput</c> (inbreng van de regio, rule L2).</summary>
internal sealed class RecordRegionalInputInputType : InputObjectGraphType
{
    public RecordRegionalInputInputType()
    {
        Name = "RecordRegionalInputInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("region");
        Field<NonNullGraphType<StringGraphType>>("input");
    }
}

/// <summary>Input of <c>joinArrangement</c> and <c>declineArrangement</c> (rules L3, L4).</summary>
internal sealed class RegionDecisionInputType : InputObjectGraphType
{
    public RegionDecisionInputType()
    {
        Name = "RegionDecisionInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("region").Description("The region the caller is the contact person of.");
    }
}

/// <summary>Input of <c>linkRegionalAgreement</c> (rule L2).</summary>
internal sealed class LinkRegionalAgreementInputType : InputObjectGraphType
{
    public LinkRegionalAgreementInputType()
    {
        Name = "LinkRegionalAgreementInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("region");
        Field<NonNullGraphType<StringGraphType>>("reference");
    }
}

/// <summary>Input of <c>referenceUwvArrangement</c> (rule L6).</summary>
internal sealed class ReferenceUwvArrangementInputType : InputObjectGraphType
{
    public ReferenceUwvArrangementInputType()
    {
        Name = "ReferenceUwvArrangementInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("uwvArrangementId");
    }
}

/// <summary>Input of <c>assignAdvisor</c> (rule L4).</summary>
internal sealed class AssignAdvisorInputType : InputObjectGraphType
{
    public AssignAdvisorInputType()
    {
        Name = "AssignAdvisorInput";
        Field<NonNullGraphType<IdGraphType>>("arrangementId");
        Field<NonNullGraphType<StringGraphType>>("advisorId");
    }
}

/// <summary>Input of <c>setRegionContact</c> (contactpersoon per regio, rule L4).</summary>
internal sealed class SetRegionContactInputType : InputObjectGraphType
{
    public SetRegionContactInputType()
    {
        Name = "SetRegionContactInput";
        Field<NonNullGraphType<StringGraphType>>("region");
        Field<NonNullGraphType<StringGraphType>>("person").Description("The municipality code (GMxxxx) whose token speaks for the region.");
    }
}

/// <summary>Input of <c>addAdvisor</c> (adviseur, rule L4).</summary>
internal sealed class AddAdvisorInputType : InputObjectGraphType
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
internal sealed class ArrangementPayloadType : ObjectGraphType<Sdk.Arrangements.Arrangement>
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
