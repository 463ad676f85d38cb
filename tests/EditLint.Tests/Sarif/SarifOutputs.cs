namespace EditLint.Tests.Sarif;

/// <summary>
/// When <c>EDITLINT_SARIF_OUT</c> names a folder, every SARIF log the tests validate is also written there, so that
/// <c>.ci/run</c> can put the logs that exercise fixes, suppressions and related locations through the external
/// validator as well.
/// </summary>
public static class SarifOutputs
{
    public static void Keep(string sarif, string name)
    {
        string? folder = Environment.GetEnvironmentVariable("EDITLINT_SARIF_OUT");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        string safe = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
        File.WriteAllText(Path.Combine(folder, safe + ".sarif"), sarif);
    }
}
