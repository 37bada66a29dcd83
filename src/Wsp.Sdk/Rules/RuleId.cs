namespace Wsp.Sdk.Rules;

/// <summary>
/// The id of a rule the SDK enforces (regel), as numbered in DESIGN.md: <c>L1</c>–<c>L7</c> from the national
/// employer desk (Landelijk WSP Gemeenten), <c>H1</c>–<c>H16</c> from the regional plan of WSP Haaglanden 2015.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
public readonly record struct RuleId
{
    private readonly string? _value;

    private RuleId(string value) => _value = value;

    /// <summary>Gets the rule id as written in the design and cited by tests, for example <c>H13</c>.</summary>
    public string Value => _value ?? "";

    /// <summary>L1: a national employer has establishments in four or more labour market regions.</summary>
    public static RuleId L1 { get; } = new("L1");

    /// <summary>L2: an arrangement is drafted, sent as a concept, then every region decides for itself to join.</summary>
    public static RuleId L2 { get; } = new("L2");

    /// <summary>L3: existing regional agreements with an employer are kept in the national arrangement.</summary>
    public static RuleId L3 { get; } = new("L3");

    /// <summary>L4: one contact person per region; advisors hold sectors and adoption regions.</summary>
    public static RuleId L4 { get; } = new("L4");

    /// <summary>L5: placements realised per arrangement per region are monitored.</summary>
    public static RuleId L5 { get; } = new("L5");

    /// <summary>L6: UWV's and the municipal national desk reference each other's arrangements.</summary>
    public static RuleId L6 { get; } = new("L6");

    /// <summary>L7: the target groups (doelgroepen) served.</summary>
    public static RuleId L7 { get; } = new("L7");

    /// <summary>H1: the partners of WSP Haaglanden.</summary>
    public static RuleId H1 { get; } = new("H1");

    /// <summary>H2: the job agreement target; one job is 25.5 hours a week.</summary>
    public static RuleId H2 { get; } = new("H2");

    /// <summary>H3: placements are a flow, job-agreement jobs a stock.</summary>
    public static RuleId H3 { get; } = new("H3");

    /// <summary>H4: placement ambition per sector and partner.</summary>
    public static RuleId H4 { get; } = new("H4");

    /// <summary>H5: coverage ratio (dekkingsgraad) per sector.</summary>
    public static RuleId H5 { get; } = new("H5");

    /// <summary>H6: the basic set of management information.</summary>
    public static RuleId H6 { get; } = new("H6");

    /// <summary>H7: one owning partner per employer account; takeover after 12 months without contact.</summary>
    public static RuleId H7 { get; } = new("H7");

    /// <summary>H8: register an employer only after a vacancy or visit, never twice.</summary>
    public static RuleId H8 { get; } = new("H8");

    /// <summary>H9: every company visit gets a report.</summary>
    public static RuleId H9 { get; } = new("H9");

    /// <summary>H10: a vacancy is registered within 24 hours, published open or blocked.</summary>
    public static RuleId H10 { get; } = new("H10");

    /// <summary>H11: a vacancy the owner cannot fill is handed over to a chain partner at once.</summary>
    public static RuleId H11 { get; } = new("H11");

    /// <summary>H12: only target-group vacancies may deviate from anti-discrimination rules.</summary>
    public static RuleId H12 { get; } = new("H12");

    /// <summary>H13: a vacancy starts with one workplace; each booked placement may raise it by one.</summary>
    public static RuleId H13 { get; } = new("H13");

    /// <summary>H14: every proposed candidate is recorded as a referral.</summary>
    public static RuleId H14 { get; } = new("H14");

    /// <summary>H15: who books a placement (UWV the WW candidates, municipalities the Participatiewet ones).</summary>
    public static RuleId H15 { get; } = new("H15");

    /// <summary>H16: a placement needs a real recruitment order.</summary>
    public static RuleId H16 { get; } = new("H16");

    /// <inheritdoc />
    public override string ToString() => Value;
}
