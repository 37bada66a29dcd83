using Microsoft.Extensions.Configuration.Memory;

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

    /// <summary>ASP.NET Core's categories, which at information log two lines for every request (executing, executed).</summary>
    public const string AspNetCore = "Microsoft.AspNetCore";

    public static ILoggingBuilder AddWspLogging(this ILoggingBuilder logging) =>
        logging.AddFilter(HostingDiagnostics, level => level >= LogLevel.Warning);

    /// <summary>
    /// ASP.NET Core's own categories log warnings and up unless configured otherwise (as the ASP.NET Core templates'
    /// appsettings.json says, which the gateway does not ship: it runs from any working directory). A default, not a
    /// rule: it is the first configuration source, so appsettings, the environment
    /// (<c>Logging__LogLevel__Microsoft.AspNetCore=Information</c>) and the command line override it.
    /// </summary>
    public static IConfigurationBuilder AddWspLoggingDefaults(this IConfigurationBuilder configuration)
    {
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new($"Logging:LogLevel:{AspNetCore}", nameof(LogLevel.Warning))] });
        return configuration;
    }
}
