using Spectre.Console;

namespace Wsp.Cli;

/// <summary>
/// Where the tool reads and writes: output and error streams, whether a person watches (progress bars) or output is
/// redirected (plain lines), the working directory (appsettings.json, relative paths) and configuration that a test
/// or host sets on top of appsettings and the environment.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive, string workingDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        WorkingDirectory = workingDirectory;
        Settings = settings ?? new Dictionary<string, string?>();
        Out = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output is read by programs and logs: no wrapping at a guessed terminal width.
            Out.Profile.Width = 200;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Out { get; }

    public bool Interactive { get; }

    public string WorkingDirectory { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected, Environment.CurrentDirectory);

    public string PathOf(string path) => Path.GetFullPath(path, WorkingDirectory);

    public void Fail(string message) => Error.WriteLine(message);
}
