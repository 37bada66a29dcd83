using GraphQL.Types;
using Wsp.Sdk.Employers;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of a stored regional project (regionaal project, rule H6) with its version.</summary>
internal sealed class RegionalProjectType : ObjectGraphType<Versioned<RegionalProject>>
{
    public RegionalProjectType()
    {
        Name = "RegionalProject";
        Description = "A regional project (regionaal project) the region's partners agreed on: its placements are those in its region, started in its period, at one of its employers or on one of its vacancies (rule H6).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Unique within its region.").Resolve(c => c.Source.Value.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Value.Name);
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Value.Region.ToString());
        Field<NonNullGraphType<StringGraphType>>("from").Description("First day (ISO).").Resolve(c => Iso.Date(c.Source.Value.Period.Start));
        Field<NonNullGraphType<StringGraphType>>("to").Description("Last day (ISO), included.").Resolve(c => Iso.Date(c.Source.Value.Period.End));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("employerKvks").Resolve(c => c.Source.Value.Employers.Select(e => e.ToString()).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("vacancyIds").Resolve(c => c.Source.Value.VacancyIds);
        Field<NonNullGraphType<StringGraphType>>("version").Description("The stored version: opaque text, the same on every read until the project is corrected, new with every correction. Give it back as read to correctRegionalProject, so a correction never overwrites another unseen; compare it for equality only (its form is the store's).").Resolve(c => c.Source.ETag);
    }
}

/// <summary>The fields of <c>correctRegionalProject</c>'s input.</summary>
internal sealed class CorrectRegionalProjectInput
{
    public string Id { get; init; } = "";

    public string Region { get; init; } = "";

    public string Version { get; init; } = "";

    public string Name { get; init; } = "";

    public string From { get; init; } = "";

    public string To { get; init; } = "";

    public List<string>? EmployerKvks { get; init; }

    public List<string>? VacancyIds { get; init; }

    public RegionalProject ToProject() => RegionalProjectInputs.Project(Id, Name, Region, From, To, EmployerKvks, VacancyIds);
}

/// <summary>Input of <c>correctRegionalProject</c>: the whole corrected project and the version it was read at.</summary>
internal sealed class CorrectRegionalProjectInputType : InputObjectGraphType<CorrectRegionalProjectInput>
{
    public CorrectRegionalProjectInputType()
    {
        Name = "CorrectRegionalProjectInput";
        Description = "A corrected regional project (rule H6): region and id name it; the rest replaces what is stored.";
        Field<NonNullGraphType<StringGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("region");
        Field<NonNullGraphType<StringGraphType>>("version").Description("The version read (RegionalProject.version).");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("from");
        Field<NonNullGraphType<StringGraphType>>("to");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("employerKvks");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("vacancyIds");
    }
}

/// <summary>What <c>recordRegionalProject</c> and <c>correctRegionalProject</c> answer.</summary>
internal sealed class RegionalProjectPayloadType : ObjectGraphType<Versioned<RegionalProject>>
{
    public RegionalProjectPayloadType()
    {
        Name = "RegionalProjectPayload";
        Field<NonNullGraphType<RegionalProjectType>>("project").Resolve(c => c.Source);
    }
}

/// <summary>The GraphQL type of an employer's staff count.</summary>
internal sealed class EmployerStaffCountType : ObjectGraphType<EmployerStaffCount>
{
    public EmployerStaffCountType()
    {
        Name = "EmployerStaffCount";
        Description = "An employer's working persons (werkzame personen) and sector at a date, from a named source (rule H5).";
        Field<NonNullGraphType<StringGraphType>>("date").Resolve(c => Iso.Date(c.Source.Date));
        Field<NonNullGraphType<IntGraphType>>("employees").Resolve(c => c.Source.Employees);
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Resolve(c => c.Source.SectorCode);
        Field<NonNullGraphType<StringGraphType>>("source").Resolve(c => c.Source.Source);
    }
}
