using System.Diagnostics;
using EditLint.Tests.Cli;

namespace EditLint.Tests.Reliability;

/// <summary>
/// Runs the real <c>editlint</c> so that file permissions stop it as they stop an ordinary user. The tests run as root in
/// CI, where a file's mode stops nothing; as root the command runs under <c>setpriv --bounding-set=-all --inh-caps=-all</c>
/// (util-linux), which drops every capability, CAP_DAC_OVERRIDE among them, so the kernel checks modes as it does for
/// anyone else. Run by an ordinary user, the command runs as it is.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class UnprivilegedProcess
{
    public static CliRun Run(string workingDirectory, params string[] args)
    {
        bool root = Environment.IsPrivilegedProcess;
        var start = new ProcessStartInfo(root ? "setpriv" : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (root)
        {
            foreach (string arg in new[] { "--bounding-set=-all", "--inh-caps=-all", "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EditLint.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"'{start.FileName}' could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error);
    }

    /// <summary>Whether a file of mode 000 can still be read here: then the test would prove nothing.</summary>
    public static bool PermissionsAreIgnored(string folder)
    {
        string probe = Path.Combine(folder, ".probe");
        File.WriteAllText(probe, "x");
        File.SetUnixFileMode(probe, UnixFileMode.None);
        var run = Environment.IsPrivilegedProcess
            ? Process.Start(new ProcessStartInfo("setpriv", ["--bounding-set=-all", "--inh-caps=-all", "cat", probe]) { RedirectStandardOutput = true, RedirectStandardError = true })!
            : Process.Start(new ProcessStartInfo("cat", [probe]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        run.WaitForExit();
        File.Delete(probe);
        return run.ExitCode == 0;
    }
}
