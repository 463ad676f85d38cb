using System.CommandLine;
using EditLint.Analysis;
using EditLint.IO;
using EditLint.Names;
using EditLint.Text;

namespace EditLint.Cli.Commands;

/// <summary><c>editlint names import FILE.csv [--output FILE.json]</c>: a name list from a CSV export.</summary>
public static class NamesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "The CSV file: name, aliases… per row, or a header row naming the columns." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the name list here instead of to standard output." };
        var import = new Command("import", "Build a name list (JSON) from a CSV export.") { file, output };
        import.SetAction(parse => Import(environment, parse.GetValue(file)!, parse.GetValue(output)));
        return new Command("names", "Work with name lists.") { import };
    }

    private static int Import(CliEnvironment environment, string file, string? output)
    {
        var path = Path.GetFullPath(file, environment.WorkingDirectory);
        byte[] bytes;
        try
        {
            bytes = SystemFiles.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine(new ToolNotification(ToolRules.NameListError.Id, Severity.Error, $"'{file}' could not be read: {IoErrors.Describe(e)}.", file));
            return ExitCodes.Failure;
        }

        if (output is not null && SystemFiles.SameFile(Path.GetFullPath(output, environment.WorkingDirectory), path))
        {
            environment.Error.WriteLine(new ToolNotification(ToolRules.OutputError.Id, Severity.Error, $"The name list would overwrite '{file}', the file being imported; choose another --output.", output));
            return ExitCodes.Failure;
        }

        var result = NameCsvImporter.FailureToDecode(file, bytes, out string text) ?? NameCsvImporter.Import(file, text);
        foreach (var error in result.Errors)
        {
            environment.Error.WriteLine(new ToolNotification(ToolRules.NameListError.Id, Severity.Error, error.Message, error.Path, new Text.LinePosition(error.Line - 1, error.Column - 1)));
        }

        foreach (var merge in result.Merges)
        {
            environment.Error.WriteLine($"{merge.Folded.ListPath}({merge.Folded.Line},{merge.Folded.Column}): note: {merge.Describe()}.");
        }

        if (result.Errors.Count > 0)
        {
            environment.Error.WriteLine($"{EnglishCount.Of(result.Errors.Count, "error")} in '{file}'; no name list was written.");
            return ExitCodes.Failure;
        }

        var json = NameCsvImporter.ToJson(result.People, $"Imported from {Path.GetFileName(file)} by editlint names import.");
        if (output is null)
        {
            environment.Out.Write(json);
            return ExitCodes.Clean;
        }

        try
        {
            string target = Path.GetFullPath(output, environment.WorkingDirectory);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!); // "--output names/people.json" in a new checkout, as docs/names.md shows it
            AtomicFile.WriteAllText(target, json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine(new ToolNotification(ToolRules.OutputError.Id, Severity.Error, $"The name list could not be written to '{output}': {IoErrors.Describe(e)}.", output));
            return ExitCodes.Failure;
        }

        environment.Error.WriteLine($"{result.People.Count} people written to '{output}'.");
        return ExitCodes.Clean;
    }
}
