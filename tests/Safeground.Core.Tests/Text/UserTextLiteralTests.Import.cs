namespace Safeground.Core.Tests.Text;

// Core's Import, Status (period labels) and Reports (WKT errors), and Formats' readers: the folders scanned, and the literals with words that may stay (each with its reason).
public partial class UserTextLiteralTests
{
    private static readonly string[] ImportAreas =
    [
    ];

    private static readonly (string File, string Literal)[] ImportAllowed =
    [
    ];
}
