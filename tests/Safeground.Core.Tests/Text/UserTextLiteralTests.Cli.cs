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
        // The audit log's record of what was done (its action column, like the server's "METHOD path"): data once stored.
        ("src/Safeground.Cli/Commands/UserTokenCommands.cs", "\"user token revoke\""),
        ("src/Safeground.Cli/Commands/UserCommand.cs", "\"user add\""),
        ("src/Safeground.Cli/Commands/UserCommand.cs", "\"user token\""),
        ("src/Safeground.Cli/Commands/RulesCommand.cs", "\"rules set\""),
        ("src/Safeground.Cli/Commands/OrdnanceCommand.cs", "\"ordnance add\""),
        ("src/Safeground.Cli/Commands/OrdnanceCommand.cs", "\"ordnance edit\""),
        ("src/Safeground.Cli/Commands/OrdnanceCommand.cs", "\"ordnance retire\""),
        ("src/Safeground.Cli/Commands/ImportReleases.cs", "\"import releases\""),
        ("src/Safeground.Cli/Commands/ImportReleases.cs", "\" (dry run)\""),
        ("src/Safeground.Cli/Commands/ExportCommand.cs", "\"export personal data\""),
        ("src/Safeground.Cli/Commands/KitCommand.cs", "\"kit personal data\""),
        ("src/Safeground.Cli/Commands/PublishAccidentCommand.cs", "\"publish accident report with personal data\""),
        // Names written into the store: the demo's users and the organisation an import makes (data once stored).
        ("src/Safeground.Cli/Commands/ServeCommand.cs", "\"Demo administrator\""),
        ("src/Safeground.Cli/Commands/ServeCommand.cs", "\"Demo data manager (national authority)\""),
        ("src/Safeground.Cli/Commands/ServeCommand.cs", "$\"Demo field reporter ({firstOrganisation})\""),
        ("src/Safeground.Cli/Commands/ServeCommand.cs", "\"Demo viewer\""),
        ("src/Safeground.Cli/Commands/ImportCommand.cs", "\"Imported records\""),
        // Commands a user types as shown (the explanations beside them are texts).
        ("src/Safeground.Cli/Output/KitPrinter.cs", "$\"safeground user add NAME --role admin --store {path}\""),
        ("src/Safeground.Cli/Output/KitPrinter.cs", "$\"safeground serve --store {path}\""),
        ("src/Safeground.Cli/Output/KitPrinter.cs", "\"safeground sync ...\""),
    ];
}
