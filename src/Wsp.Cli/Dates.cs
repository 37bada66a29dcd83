using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;

namespace Wsp.Cli;

/// <summary>Date options (<c>yyyy-MM-dd</c>); a malformed date is a usage error (exit code 2).</summary>
internal static class Dates
{
    public static Option<LocalDate> Option(string name, string description) => new(name)
    {
        Description = description,
        Required = true,
        CustomParser = result => Parse(name, result),
    };

    /// <summary>A date option that may be left out (then its value is null).</summary>
    public static Option<LocalDate?> Optional(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Parse(name, result),
    };

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static LocalDate Parse(string name, ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"{name}: '{text}' is not a date of the form yyyy-MM-dd.");
        return default;
    }
}
