namespace Wsp.Gateway.Hosting;

/// <summary>
/// The gateway's limits (grenzen), bound from <c>Wsp:Gateway</c> (appsettings, <c>Wsp__Gateway__MaxDepth</c>, …). The
/// defaults let the largest reference query (every region with its municipalities, ~790 fields) through and stop
/// anything far beyond it.
/// </summary>
internal sealed class GatewayLimits
{
    public const string SectionName = "Wsp:Gateway";

    /// <summary>
    /// Gets or sets the deepest field nesting a document may have (default 15): the introspection query GraphiQL and
    /// other tools send is 13 levels deep (its type references nest <c>ofType</c> seven times).
    /// </summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Gets or sets the highest complexity GraphQL.NET's analyser may compute for a document (default 50,000). The
    /// analyser multiplies a list's children by <c>first</c> or, without it, by 5. Measured: every region with its
    /// municipalities' code, name and province is 1,261; a full page of 100 vacancies with referrals, placements and
    /// the employer's establishments is 27,205.
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Gets or sets the page size of a connection when <c>first</c> is left out (default 20).</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Gets or sets the largest <c>first</c> a connection accepts (default 100); more is refused with <c>BAD_USER_INPUT</c>, never clamped.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>
    /// Gets or sets the largest <c>first</c> of a figure's groups (default 10,000), which is also its default: a figure
    /// comes whole in one page unless it has more groups, as a count by employer can (a national job-agreement breakdown
    /// by employer over 1,000,000 placements has some 208,000). More is refused with <c>BAD_USER_INPUT</c>, never clamped.
    /// </summary>
    public int MaxGroupPageSize { get; set; } = 10_000;

    /// <summary>Gets or sets the largest request body in bytes (default 64 KiB); more is answered with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Gets or sets how long one operation may execute (default 10 s); then it stops with <c>TIMEOUT</c>.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the request rate limit per partner (<c>Wsp:Gateway:RateLimit</c>).</summary>
    public PartnerRateLimit RateLimit { get; set; } = new();

    /// <summary>Returns what is wrong with the limits, or null when nothing is.</summary>
    public string? Problem() =>
        MaxDepth < 2 || MaxComplexity < 1 || DefaultPageSize < 1 || MaxPageSize < DefaultPageSize || MaxGroupPageSize < 1 || MaxRequestBodyBytes < 1024 || ExecutionTimeout <= TimeSpan.Zero
            ? $"{SectionName}: MaxDepth ≥ 2, MaxComplexity ≥ 1, 1 ≤ DefaultPageSize ≤ MaxPageSize, MaxGroupPageSize ≥ 1, MaxRequestBodyBytes ≥ 1024 and ExecutionTimeout > 0 are required."
            : RateLimit.Problem();

    /// <summary>Refuses limits that cannot work.</summary>
    /// <exception cref="InvalidOperationException">A limit is out of its range.</exception>
    public void Validate()
    {
        if (Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }
}

/// <summary>Checks the bound <see cref="GatewayLimits"/> when the gateway starts (<c>ValidateOnStart</c>): a bad limit stops it with the reason.</summary>
internal sealed class GatewayLimitsValidation : Microsoft.Extensions.Options.IValidateOptions<GatewayLimits>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, GatewayLimits options) =>
        options.Problem() is { } problem ? Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problem) : Microsoft.Extensions.Options.ValidateOptionsResult.Success;
}
