namespace Safeground.Core.Tests.Text;

// the CLI's output and errors: the folders scanned, and the literals with words that may stay (each with its reason).
public partial class UserTextLiteralTests
{
    private static readonly string[] CliAreas =
    [
        "src/Safeground.Cli",
    ];

    private static readonly (string File, string Literal)[] CliAllowed =
    [
    ];
}
