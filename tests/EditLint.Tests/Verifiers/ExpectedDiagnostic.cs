namespace EditLint.Tests.Verifiers;

/// <summary>
/// An expectation beyond the markup: a message or arguments for a marked span (by <c>{|#n:…|}</c> location),
/// a fix replacement and whether <c>--fix</c> applies it on its own (safe), or the <c>#n</c> location of an additional span (EL1002's majority spelling).
/// </summary>
public sealed record ExpectedDiagnostic(string Id)
{
    public int? Location { get; init; }

    public string? Message { get; init; }

    public string[]? Arguments { get; init; }

    public string? FixReplacement { get; init; }

    public bool? FixIsSafe { get; init; }

    public int? AdditionalLocation { get; init; }

    public static ExpectedDiagnostic Expect(string id) => new(id);

    public ExpectedDiagnostic At(int location) => this with { Location = location };

    public ExpectedDiagnostic WithMessage(string message) => this with { Message = message };

    public ExpectedDiagnostic WithArguments(params string[] arguments) => this with { Arguments = arguments };

    public ExpectedDiagnostic WithFix(string replacement) => this with { FixReplacement = replacement };

    public ExpectedDiagnostic WithFix(string replacement, bool safe) => this with { FixReplacement = replacement, FixIsSafe = safe };

    public ExpectedDiagnostic WithAdditionalLocation(int location) => this with { AdditionalLocation = location };
}
