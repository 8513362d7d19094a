namespace Safeground.Core.Tests.Text;

// the server's endpoints: Api, Ogc, Tiles, the web app host: the folders scanned, and the literals with words that may stay (each with its reason).
public partial class UserTextLiteralTests
{
    private static readonly string[] ServerAreas =
    [
    ];

    private static readonly (string File, string Literal)[] ServerAllowed =
    [
    ];
}
