using GraphQL.Types;
using Wsp.Sdk.Placements;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of a placement (plaatsing).</summary>
internal sealed class PlacementType : ObjectGraphType<Placement>
{
    public PlacementType()
    {
        Name = "Placement";
        Description = "A placement (plaatsing): a vacancy filled by a target-group candidate.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("vacancyId").Resolve(c => c.Source.VacancyId);
        Field<VacancyType>("vacancy").Description("The vacancy, batch-loaded; null for an imported placement whose vacancy is not in the store.").Resolve(c => c.LoadReadableVacancy(c.Source.VacancyId));
        Field<NonNullGraphType<StringGraphType>>("employerKvk").Resolve(c => c.Source.Employer.ToString());
        Field<NonNullGraphType<MunicipalityType>>("municipality").Resolve(c => c.Source.Municipality);
        Field<NonNullGraphType<LabourMarketRegionType>>("region").Resolve(c => c.Source.Region);
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Resolve(c => c.Source.SectorCode);
        Field<NonNullGraphType<StringGraphType>>("candidate").Description("The candidate's pseudonym (never a BSN).").Requires(Access.Records).Resolve(c => c.Source.Candidate.Value);
        Field<NonNullGraphType<StringGraphType>>("bookingPartner").Resolve(c => c.Source.BookingPartner.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetGroups").Resolve(c => VacancyType.Codes(c.Source.TargetGroups));
        Field<NonNullGraphType<StringGraphType>>("start").Resolve(c => Iso.Date(c.Source.Start));
        Field<StringGraphType>("end").Resolve(c => Iso.Date(c.Source.End));
        Field<NonNullGraphType<FloatGraphType>>("hoursPerWeek").Resolve(c => (double)c.Source.HoursPerWeek);
        Field<NonNullGraphType<FloatGraphType>>("jobs").Description("Hours per week / 25.5.").Resolve(c => (double)c.Source.Jobs);
        Field<NonNullGraphType<EmployerKindType>>("employerKind").Resolve(c => c.Source.EmployerKind);
        Field<StringGraphType>("arrangementId").Resolve(c => c.Source.ArrangementId);
    }
}

