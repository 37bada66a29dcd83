using System.Security.Cryptography;
using System.Text;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// The dashboard's one style sheet, inline, and its Content-Security-Policy: nothing loads from anywhere (default-src
/// 'none'), the style element is allowed by its hash (it never changes, so no per-request nonce is needed), no script
/// runs, images only from the gateway or data: URLs, and forms post only back to the gateway.
/// </summary>
internal static class DashboardStyle
{
    public const string Css =
        "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1a202c;background:#fff}"
        + "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 6px}"
        + "header p,.note{color:#4a5568;margin:2px 0}.none{color:#718096;font-style:italic}"
        + "form{display:inline-block;margin:8px 12px 0 0}label{margin-right:6px}"
        + "table{border-collapse:collapse;margin:8px 0}caption{text-align:left;color:#4a5568;padding:2px 0}"
        + "th,td{border:1px solid #cbd5e0;padding:3px 8px;text-align:left}td:not(:first-child){font-variant-numeric:tabular-nums;white-space:nowrap}"
        + ".chart text{font-size:12px;fill:#2d3748}.chart .track{fill:#edf2f7}.chart .bar{fill:#2b6cb0}"
        + ".chart .target{stroke:#c53030;stroke-width:2}.chart .target-line .target{stroke-dasharray:6 4}"
        + ".chart .target-label{fill:#c53030}.chart .axis{stroke:#a0aec0}.chart .line{fill:none;stroke:#2b6cb0;stroke-width:2}"
        + ".chart .dot{fill:#2b6cb0}.chart .point-value{font-size:11px;fill:#4a5568}.chart .bar-part{fill:#1a365d}"
        + ".chart text.withheld{font-style:italic;fill:#744210}.chart .withheld-dot{fill:#fff;stroke:#744210;stroke-width:1.5}"
        + ".legend{color:#744210;margin:4px 0}"
        + "details{margin:4px 0}summary{cursor:pointer}ul.regions{columns:3;margin:4px 0 8px;padding-left:20px}";

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'; img-src 'self' data:; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
}
