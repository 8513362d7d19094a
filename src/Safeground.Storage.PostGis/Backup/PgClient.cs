using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Safeground.Core;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis.Backup;

/// <summary>
/// PostgreSQL's own client programs (pg_dump, pg_restore, psql) run for one store: the ones of the server's major
/// version when installed (Debian keeps them in /usr/lib/postgresql/N/bin; pg_dump refuses a newer server and an
/// older pg_restore refuses a newer archive), else those on PATH.
/// </summary>
/// <remarks>
/// Where to connect goes in the child's environment (PGHOST, PGPASSWORD…), never in its arguments: arguments are
/// visible to every user of the machine (ps), and a password there would be too.
/// </remarks>
internal sealed class PgClient
{
    private readonly PostGisLocation _location;
    private readonly string? _bin;

    private PgClient(PostGisLocation location, string? bin)
    {
        _location = location;
        _bin = bin;
    }

    /// <summary>The client for <paramref name="location"/>'s server (asked for its major version).</summary>
    public static PgClient For(PostGisLocation location)
    {
        int major = PostGisStore.Guard(location.Display, () =>
        {
            using var c = new NpgsqlConnection(location.ConnectionString);
            c.Open();
            using var cmd = new NpgsqlCommand("SHOW server_version_num", c);
            return int.Parse((string)cmd.ExecuteScalar()!, CultureInfo.InvariantCulture) / 10000;
        });
        var bin = $"/usr/lib/postgresql/{major}/bin";
        return new PgClient(location, File.Exists(Path.Combine(bin, "pg_dump")) ? bin : null);
    }

    /// <summary>Starts <paramref name="program"/> with the store's connection in its environment.</summary>
    public Process Start(string program, IEnumerable<string> arguments, bool redirectInput = false)
    {
        var info = new ProcessStartInfo(_bin is null ? program : Path.Combine(_bin, program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var b = new NpgsqlConnectionStringBuilder(_location.ConnectionString);
        info.Environment["PGHOST"] = b.Host;
        info.Environment["PGPORT"] = b.Port.ToString(CultureInfo.InvariantCulture);
        info.Environment["PGDATABASE"] = b.Database;
        if (b.Username is { } user) info.Environment["PGUSER"] = user;
        if (b.Password is { } password) info.Environment["PGPASSWORD"] = password;
        if (b.SslMode != SslMode.Prefer) info.Environment["PGSSLMODE"] = SslModeName(b.SslMode);
        info.Environment["PGAPPNAME"] = "safeground";
        // NOTICEs ("drop cascades to…") are not news to the user.
        info.Environment["PGOPTIONS"] = "-c client_min_messages=warning";
        try
        {
            return Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SafegroundException(ErrorKind.Storage,
                Texts.Render("store.program-missing", ("program", program), ("reason", e.Message)), e);
        }
    }

    /// <summary>Runs <paramref name="program"/> to its end; returns its standard output, or throws with its own message.</summary>
    public string Run(string program, params string[] arguments)
    {
        using var p = Start(program, arguments);
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        ThrowIfFailed(p, program, stderr.Result);
        return stdout;
    }

    /// <summary>A program's failure in the user's terms: which store, which program, and the program's own reason.</summary>
    public void ThrowIfFailed(Process p, string program, string stderr)
    {
        if (p.ExitCode == 0) return;
        var reason = string.Join("; ", stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (reason.Length == 0) reason = Texts.Render("store.program-no-message", ("code", p.ExitCode));
        throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.program-failed", ("location", _location.Display), ("program", program), ("reason", Mask(reason))));
    }

    // A program may echo its connection string; the password never reaches a message.
    private string Mask(string text)
    {
        var password = new NpgsqlConnectionStringBuilder(_location.ConnectionString).Password;
        return string.IsNullOrEmpty(password) ? text : text.Replace(password, "***", StringComparison.Ordinal);
    }

    private static string SslModeName(SslMode mode) => mode switch
    {
        SslMode.VerifyCA => "verify-ca",
        SslMode.VerifyFull => "verify-full",
        _ => mode.ToString().ToLowerInvariant(),
    };
}
