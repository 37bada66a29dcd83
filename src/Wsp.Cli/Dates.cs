using System.CommandLine;
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
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"{name}: '{text}' is not a date of the form yyyy-MM-dd.");
            return default;
        },
    };

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
