using System.Text.RegularExpressions;
using Npgsql;
using Safeground.Core;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis;

/// <summary>
/// Where a PostGIS store lives, from a <c>postgres://user[:password]@host[:port]/database[?schema=name]</c> URL:
/// the connection string, the schema holding Safeground's tables (default <c>public</c>), and a name for
/// messages without the password. The password may also come from PGPASSWORD or ~/.pgpass, as with psql.
/// </summary>
public sealed partial record PostGisLocation(string ConnectionString, string Schema, string Display)
{
    public static bool IsUrl(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static PostGisLocation Parse(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        if (!IsUrl(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw SafegroundException.Invalid(Texts.Render("store.url.not-postgres", ("url", Mask(url))));
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/'))
            throw SafegroundException.Invalid(Texts.Render("store.url.no-database", ("url", Mask(url))));
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = Uri.UnescapeDataString(uri.Host),
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
            // Reports of 1,000 finds are ~160 KB of JSON; national roll-ups read for minutes.
            CommandTimeout = 0,
            Timeout = 30,
            ApplicationName = "safeground",
            // Statements repeat per report and per hazard: let Npgsql prepare the frequent ones.
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
            // Constraint failures name the row (e.g. which report id exists already): ids, no secrets.
            IncludeErrorDetail = true,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0) b.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length == 2) b.Password = Uri.UnescapeDataString(userInfo[1]);
        string schema = "public";
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            switch (key)
            {
                case "schema":
                    if (!SchemaName().IsMatch(value))
                        throw SafegroundException.Invalid(Texts.Render("store.url.schema-name", ("url", Mask(url)), ("schema", value)));
                    schema = value;
                    break;
                case "sslmode":
                    b.SslMode = Enum.Parse<SslMode>(value, ignoreCase: true);
                    break;
                default:
                    throw SafegroundException.Invalid(Texts.Render("store.url.unknown-option", ("url", Mask(url)), ("option", key)));
            }
        }
        // PostGIS lives in public (or wherever the extension was created); our tables in the schema named.
        b.SearchPath = schema == "public" ? "public" : schema + ",public";
        return new PostGisLocation(b.ConnectionString, schema, Mask(url));
    }

    /// <summary>The URL with its password replaced by ***, for messages and logs.</summary>
    public static string Mask(string url) => Password().Replace(url, "$1:***@");

    [GeneratedRegex("^(postgres(?:ql)?://[^:/@]*):[^@]*@", RegexOptions.IgnoreCase)]
    private static partial Regex Password();

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();
}
