using System.CommandLine;
using Wsp.Hosting.Security;
using Wsp.Sdk.Geography;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp token --partner P [--region AMxx] [--hours H]</c>: a signed development JWT for a gateway configured for
/// development; refused when the configuration (<c>Wsp:Auth:Mode</c>) is not development.
/// </summary>
internal static class TokenCommand
{
    public static Command Create(CliConsole console)
    {
        var partner = new Option<string>("--partner") { Description = "UWV, NATIONAL_DESK, MINISTRY or a municipality code GMxxxx.", Required = true };
        var regions = new Option<string[]>("--region") { Description = "A region (AMxx) the partner acts for; repeat for more. Default for a municipality: its own region.", AllowMultipleArgumentsPerToken = false };
        var hours = new Option<double>("--hours") { Description = "How long the token is valid, in hours (default 8).", DefaultValueFactory = _ => 8 };
        hours.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or > 24 * 31)
            {
                r.AddError("--hours: above 0 and at most 744 (31 days).");
            }
        });
        var token = new Command("token", "Print a signed development token (JWT) for the gateway's development configuration.");
        token.Options.Add(partner);
        token.Options.Add(regions);
        token.Options.Add(hours);
        token.SetAction(parse =>
        {
            var options = WspAuthOptions.From(StoreOptions.Configuration(parse, console));
            if (options.Mode != WspAuthMode.Development)
            {
                console.Fail(
                    $"wsp: refused: Wsp:Auth:Mode is {(options.Mode is null ? "not set (production)" : $"'{options.Mode}'")}, so this configuration is for production and development tokens are refused. " +
                    "For a local gateway set Wsp__Auth__Mode=development (environment) or Wsp:Auth:Mode in appsettings.json.");
                return ExitCodes.Refused;
            }

            var codes = new List<RegionCode>();
            foreach (var text in parse.GetValue(regions) ?? [])
            {
                if (ExtractContext.ParseRegion(text) is not { } code)
                {
                    console.Fail($"wsp: --region '{text}' is not a labour market region (AMxx).");
                    return ExitCodes.Usage;
                }

                codes.Add(code);
            }

            var text2 = parse.GetRequiredValue(partner);
            if (!PartnerClaims.TryParse(text2, codes, Gazetteer.Default, out var identity))
            {
                console.Fail($"wsp: --partner '{text2}' is not a partner: UWV, NATIONAL_DESK, MINISTRY or a municipality code GMxxxx (with regions it belongs to).");
                return ExitCodes.Usage;
            }

            console.Output.WriteLine(new DevelopmentTokens(options).Issue(identity, DateTimeOffset.UtcNow, TimeSpan.FromHours(parse.GetValue(hours))));
            return ExitCodes.Ok;
        });
        return token;
    }
}
