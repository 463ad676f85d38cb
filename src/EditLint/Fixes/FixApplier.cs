using System.Text;
using EditLint.Analysis;
using EditLint.IO;
using EditLint.Text;

namespace EditLint.Fixes;

/// <summary>
/// Applies the safe fixes of a file's findings (<c>editlint check --fix</c>). Only fixes the rule marks safe, on
/// findings that are not suppressed, are taken; they are sorted by position and any fix that overlaps one already
/// taken is left for a later run, so changes never collide. A fix that would write what is already there is not a
/// change, so a second run changes nothing. The file is written back atomically (temporary file and rename) in its
/// own encoding, with its byte order mark and its line endings: only the fixed spans differ.
/// </summary>
public static class FixApplier
{
    /// <summary>The changes <c>--fix</c> makes for these findings in <paramref name="text"/>: sorted, non-overlapping, no no-ops.</summary>
    public static IReadOnlyList<TextChange> SelectChanges(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var candidates = diagnostics
            .Where(d => !d.IsSuppressed && d.Fix is { IsSafe: true })
            .Select(d => (d.Id, Fix: d.Fix!))
            .Where(x => x.Fix.Span.Start >= 0 && x.Fix.Span.End <= text.Length)
            .Where(x => !text.AsSpan(x.Fix.Span.Start, x.Fix.Span.Length).SequenceEqual(x.Fix.Replacement))
            .OrderBy(x => x.Fix.Span.Start).ThenBy(x => x.Fix.Span.Length).ThenBy(x => x.Id, StringComparer.Ordinal).ThenBy(x => x.Fix.Replacement, StringComparer.Ordinal);

        var changes = new List<TextChange>();
        foreach (var (_, fix) in candidates)
        {
            if (changes.Count > 0 && Overlaps(changes[^1].Span, fix.Span))
            {
                continue;
            }

            changes.Add(new TextChange(fix.Span, fix.Replacement));
        }

        return changes;
    }

    /// <summary>Applies sorted, non-overlapping changes to the text.</summary>
    public static string Apply(string text, IReadOnlyList<TextChange> changes)
    {
        var result = new StringBuilder(text.Length);
        int position = 0;
        foreach (var change in changes)
        {
            if (change.Span.Start < position)
            {
                throw new ArgumentException("Changes must be sorted and must not overlap.", nameof(changes));
            }

            result.Append(text, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>The bytes of <paramref name="text"/> in the given encoding, with the byte order mark that encoding had.</summary>
    public static byte[] Encode(string text, TextEncodingKind encoding) => encoding switch
    {
        TextEncodingKind.Utf8WithBom => [.. Encoding.UTF8.Preamble, .. new UTF8Encoding(false).GetBytes(text)],
        TextEncodingKind.Utf16LittleEndian => [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(text)],
        TextEncodingKind.Utf16BigEndian => [0xFE, 0xFF, .. new UnicodeEncoding(true, false).GetBytes(text)],
        _ => new UTF8Encoding(false).GetBytes(text),
    };

    /// <summary>
    /// Works out the fixes of one analysed file from its current bytes and, when <paramref name="write"/> is true and
    /// there is something to change, writes the file. Refuses (with a reason) when the file changed since it was
    /// analysed or when its bytes would not survive decoding and encoding unchanged (invalid UTF-8, for example).
    /// </summary>
    public static FileFix FixFile(FileResult file, bool write)
    {
        if (file.Source is null || !file.Diagnostics.Any(d => !d.IsSuppressed && d.Fix is { IsSafe: true }))
        {
            return new FileFix(file.Path, string.Empty, string.Empty, [], null);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(file, $"it could not be read again: {e.Message}");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is not { } source || !string.Equals(source.Text, file.Source.Text, StringComparison.Ordinal))
        {
            return Refused(file, "it changed after it was checked");
        }

        if (decoded.InvalidByteOffsets.Count > 0 || !Encode(source.Text, source.Encoding).AsSpan().SequenceEqual(bytes))
        {
            return Refused(file, "its bytes would not be written back unchanged (invalid UTF-8 or an unusual encoding)");
        }

        var changes = SelectChanges(source.Text, file.Diagnostics);
        string fixedText = Apply(source.Text, changes);
        if (write && changes.Count > 0)
        {
            AtomicFile.WriteAllBytes(file.FullPath, Encode(fixedText, source.Encoding));
        }

        return new FileFix(file.Path, source.Text, fixedText, changes, null);
    }

    private static FileFix Refused(FileResult file, string reason) =>
        new(file.Path, string.Empty, string.Empty, [], $"'{file.Path}' was not fixed: {reason}.");

    private static bool Overlaps(TextSpan taken, TextSpan next) =>
        next.Start < taken.End || (next.Start == taken.Start && (taken.Length == 0 || next.Length == 0));
}

/// <summary>What <c>--fix</c> did (or would do) to one file. <see cref="Refusal"/> says why a fixable file was left alone.</summary>
public sealed record FileFix(string Path, string OriginalText, string FixedText, IReadOnlyList<TextChange> Changes, string? Refusal)
{
    public bool Changed => Changes.Count > 0;
}
