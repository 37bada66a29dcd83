// A developer's first ten minutes with Wsp.Sdk: where does a municipality belong, which municipalities make up a
// region, and how many placements and job-agreement jobs do a few records give under the shared definitions.
using System.Globalization;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;
using Wsp.Sdk.TargetGroups;

// Figures print the same on every machine (25.50, not 25,50), so the output can be compared between runs.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// The reference data ships inside the package: no database, no download, no configuration.
var gazetteer = Gazetteer.Default;
Console.WriteLine($"Reference year {gazetteer.ReferenceYear}: {gazetteer.Regions.Count} labour market regions, "
    + $"{gazetteer.Municipalities.Count} municipalities, {gazetteer.FormerMunicipalities.Count} former ones.");

// Look names up the way people type them. "den haag" is not what CBS prints ('s-Gravenhage), and Weesp joined
// Amsterdam in 2022, yet records still carry it: a former municipality keeps the region it had.
Console.WriteLine();
Console.WriteLine("Which region?");
foreach (var typed in new[] { "den haag", "Weesp", "Bergen" })
{
    var match = gazetteer.MatchMunicipality(typed);
    switch (match.Status)
    {
        case MatchStatus.Found:
            var municipality = match.Value!;
            var status = municipality.IsCurrent ? "current" : $"former, last year {municipality.LastYear}";
            Console.WriteLine($"  '{typed}' -> {municipality} ({status}), region {municipality.Region}");
            break;

        // The SDK never guesses between namesakes: the caller gets every candidate and decides (ask the user).
        case MatchStatus.Ambiguous:
            Console.WriteLine($"  '{typed}' is ambiguous; candidates:");
            foreach (var candidate in match.Candidates)
            {
                Console.WriteLine($"    {candidate}, region {candidate.Region}, {candidate.Province.Name}");
            }

            break;

        default:
            Console.WriteLine($"  '{typed}' is not a known municipality");
            break;
    }
}

// A region by its CBS code: Haaglanden is the region of the 2015 plan the counting rules come from (H1-H6).
var haaglanden = gazetteer.GetRegion(RegionCode.Parse("AM21"));
Console.WriteLine();
Console.WriteLine($"{haaglanden} has {haaglanden.Municipalities.Count} municipalities:");
foreach (var municipality in haaglanden.Municipalities)
{
    Console.WriteLine($"  {municipality}");
}

// A few placements as a partner's system would export them. Constructing one checks the record, so a bad one
// never reaches a count.
Municipality Gemeente(string name) => gazetteer.MatchMunicipality(name).Value
    ?? throw new InvalidOperationException($"'{name}' should name exactly one municipality.");

var denHaag = Gemeente("Den Haag");
var amsterdam = Gemeente("Amsterdam");
var employer = KvkNumber.Parse("27312345");
var banenafspraak = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);
var denHaagBooks = BookingPartner.ForMunicipality(denHaag.Code);
Placement[] placements =
[
    // Full-time job-agreement job, still running: one job.
    new("P-1", "V-1", employer, denHaag, "RETAIL", CandidateReference.Create("cand-001"), denHaagBooks,
        banenafspraak, new LocalDate(2025, 3, 1), null, 25.5m, EmployerKind.Market),

    // Half a job at a government employer: 12.75 of 25.5 hours.
    new("P-2", "V-2", KvkNumber.Parse("50200097"), Gemeente("Delft"), "PUBLIC_ADMINISTRATION_EDUCATION",
        CandidateReference.Create("cand-002"), denHaagBooks, banenafspraak,
        new LocalDate(2025, 9, 15), new LocalDate(2026, 6, 30), 12.75m, EmployerKind.Government),

    // Ended before the measuring date: a placement in 2025 (flow), but no job on the date (stock).
    new("P-3", "V-3", employer, Gemeente("Westland"), "AGRICULTURE_HORTICULTURE", CandidateReference.Create("cand-003"),
        denHaagBooks, banenafspraak, new LocalDate(2025, 2, 1), new LocalDate(2025, 8, 31), 20m, EmployerKind.Market),

    // A WW candidate booked by UWV (rule H15): a placement, but not for the job agreement.
    new("P-4", "V-4", employer, Gemeente("Rijswijk"), "ICT", CandidateReference.Create("cand-004"), BookingPartner.Uwv,
        TargetGroupSet.Of(TargetGroup.WW), new LocalDate(2025, 11, 3), null, 38m, EmployerKind.Market),

    // Work done in former Weesp counts in Groot Amsterdam, the region Weesp had.
    new("P-5", "V-5", KvkNumber.Parse("34000001"), Gemeente("Weesp"), "CARE_WELFARE_CLEANING",
        CandidateReference.Create("cand-005"), BookingPartner.ForMunicipality(amsterdam.Code), banenafspraak,
        new LocalDate(2025, 12, 1), null, 30m, EmployerKind.Government),
];

// Stock: job-agreement jobs on a measuring date (25.5 paid hours a week = one job).
var measuringDate = new LocalDate(2026, 1, 31);
var stock = JobAgreementJobs.Count(placements, measuringDate);
Console.WriteLine();
Console.WriteLine($"{stock.Definition} on {measuringDate:uuuu-MM-dd}: {stock.Jobs:0.00} jobs, "
    + $"{stock.WorkingPersons} working persons (market {stock.JobsFor(EmployerKind.Market):0.00}, "
    + $"government {stock.JobsFor(EmployerKind.Government):0.00})");
foreach (var group in stock.Groups)
{
    Console.WriteLine($"  {group.Region} {group.EmployerKind,-10} {group.Jobs,5:0.00} jobs, working persons: {group.WorkingPersons}");
}

// Flow: placements that started in a period, whatever their hours. Same records, different question.
var year2025 = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
var flow = PlacementsFlow.Count(placements, year2025, PlacementDimensions.Region | PlacementDimensions.Partner);
Console.WriteLine();
Console.WriteLine($"{flow.Definition} in {year2025.Start:uuuu-MM-dd}..{year2025.End:uuuu-MM-dd}: {flow.Total} placements");
foreach (var count in flow.Groups)
{
    Console.WriteLine($"  {count.Group.Region} booked by {count.Group.Partner,-6} placements: {count.Placements}");
}

// Rules are enforced with a typed error naming the rule, so an import report or the gateway can cite it.
Console.WriteLine();
try
{
    _ = new Placement("P-6", "V-6", employer, denHaag, "RETAIL", CandidateReference.Create("cand-006"),
        BookingPartner.Uwv, TargetGroupSet.Of(TargetGroup.Participatiewet), measuringDate, null, 10m, EmployerKind.Market);
}
catch (RuleViolationException e)
{
    Console.WriteLine($"Refused by rule {e.Rule}: {e.Reason}");
}

// Extracts and reports name the definition id and version they were computed with, so numbers can be traced.
Console.WriteLine();
Console.WriteLine("Counting definitions shipped:");
foreach (var definition in CountingDefinition.All)
{
    Console.WriteLine($"  {definition.Id,-22} {definition.Title}");
}
