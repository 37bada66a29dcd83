namespace Wsp.Gateway.Hosting;

/// <summary>
/// Logs without personal data. ASP.NET Core's own request lines (category <see cref="HostingDiagnostics"/>) carry the
/// full URL, and a GraphQL GET puts the query and its variables, which may name a candidate, in the query string: they
/// are kept to warnings. The gateway itself never logs a query, its variables or a token. Structured (JSON) output
/// is the standard setting <c>Logging:Console:FormatterName=json</c>.
/// </summary>
internal static class WspLogging
{
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static ILoggingBuilder AddWspLogging(this ILoggingBuilder logging) =>
        logging.AddFilter(HostingDiagnostics, level => level >= LogLevel.Warning);
}
