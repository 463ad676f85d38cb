using System.Text;
using EditLint.Analysis;
using EditLint.IO;
using EditLint.Text;

namespace EditLint.Fixes;

/// <summary>
/// Applies the safe fixes of a file's findings (<c>editlint check --fix</c>). Only fixes the rule marks safe, on
/// findings that are not suppressed, are taken, unless the fixes not marked safe are asked for too
/// (<c>--unsafe-fixes</c>, as ruff has it); the ones left out are counted, so the run can say so; they are sorted by position and any fix that overlaps one already
/// taken is left for a later run, so changes never collide. A fix that would write what is already there is not a
/// change, so a second run changes nothing. The file is written back atomically (temporary file and rename) in its
/// own encoding, with its byte order mark and its line endings: only the fixed spans differ.
/// </summary>
public static class FixApplier
{
    /// <summary>The changes <c>--fix</c> makes for these findings in <paramref name="text"/>: sorted, non-overlapping, no no-ops.</summary>
    public static IReadOnlyList<TextChange> SelectChanges(string text, IEnumerable<Diagnostic> diagnostics, bool unsafeFixes = false)
    {
        var candidates = diagnostics
            .Where(d => !d.IsSuppressed && d.Fix is { } f && (f.IsSafe || unsafeFixes))
            .Select(d => (d.Id, Fix: d.Fix!))
            .Select(x => x.Fix.Span.Start >= 0 && x.Fix.Span.End <= text.Length ? x : throw OutsideTheText(x.Id, x.Fix, text.Length))
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

    // The engine reports a fix outside the text as EL0009 and never passes it on; one here is a bug of the caller.
    private static ArgumentException OutsideTheText(string id, Fix fix, int length) =>
        new($"The fix of {id} at {fix.Span} lies outside the text (length {length}).", "diagnostics");

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
    /// there is something to change, writes the file. UTF-8 files are patched byte for byte (so even invalid bytes
    /// elsewhere survive); UTF-16 files are encoded again, after checking that this gives back their bytes. Refuses
    /// (with a reason) when the file changed since it was analysed or its bytes cannot be kept.
    /// </summary>
    public static FileFix FixFile(FileResult file, bool write, bool unsafeFixes = false)
    {
        var leftForReview = unsafeFixes ? [] : UnsafeFixes(file);
        if (file.Source is null || !file.Diagnostics.Any(d => !d.IsSuppressed && d.Fix is { } f && (f.IsSafe || unsafeFixes)))
        {
            return new FileFix(file.Path, string.Empty, string.Empty, [], null) { LeftForReview = leftForReview };
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(file, $"it could not be read again: {IoErrors.Describe(e)}");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is not { } source || file.Source.Load() is not { } checkedText || !string.Equals(source.Text, checkedText.Text, StringComparison.Ordinal))
        {
            return Refused(file, "it changed after it was checked");
        }

        var changes = SelectChanges(source.Text, file.Diagnostics, unsafeFixes);
        string fixedText = Apply(source.Text, changes);
        if (changes.Count == 0)
        {
            return new FileFix(file.Path, source.Text, fixedText, changes, null) { LeftForReview = leftForReview };
        }

        byte[]? written = source.Encoding is TextEncodingKind.Utf8 or TextEncodingKind.Utf8WithBom
            ? PatchUtf8(bytes, source.Encoding == TextEncodingKind.Utf8WithBom ? 3 : 0, changes)
            : Encode(source.Text, source.Encoding).AsSpan().SequenceEqual(bytes) ? Encode(fixedText, source.Encoding) : null;

        // Whatever route the bytes took, they must read back as exactly the fixed text.
        if (written is null || TextDecoder.Decode(written).Text?.Text != fixedText)
        {
            return Refused(file, "its bytes could not be changed without touching more than the fixes");
        }

        if (write)
        {
            if (IsReadOnly(file.FullPath))
            {
                // The rename that makes the write atomic needs only the folder's permission, so a file its owner had
                // made read-only was rewritten; editors and formatters leave such a file alone.
                return Refused(file, "it is read-only");
            }

            try
            {
                AtomicFile.WriteAllBytes(file.FullPath, written);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Refused(file, $"it could not be written: {IoErrors.Describe(e)}");
            }
        }

        return new FileFix(file.Path, source.Text, fixedText, changes, null) { LeftForReview = leftForReview };
    }

    /// <summary>The findings whose fix has a reason for review (a near-miss name: the reader must judge it), not suppressed, not a no-op.</summary>
    public static IReadOnlyList<Diagnostic> UnsafeFixes(FileResult file)
    {
        var text = file.Source?.Load()?.Text;
        return text is null
            ? []
            : [.. file.Diagnostics.Where(d => !d.IsSuppressed && d.Fix is { IsSafe: false } f
                && f.Span.End <= text.Length && !text.AsSpan(f.Span.Start, f.Span.Length).SequenceEqual(f.Replacement))];
    }

    /// <summary>
    /// Splices the changes into UTF-8 bytes, so that every byte outside the fixed spans stays as it was, invalid bytes
    /// included (the decoder read each invalid sequence as one U+FFFD). Null when a change does not start and end on a
    /// character boundary of the bytes.
    /// </summary>
    private static byte[]? PatchUtf8(byte[] bytes, int start, IReadOnlyList<TextChange> changes)
    {
        var output = new List<byte>(bytes.Length + 64);
        output.AddRange(bytes.AsSpan(0, start));
        int bytePosition = start;
        int charPosition = 0;
        int copiedFrom = start;
        foreach (var change in changes)
        {
            if (!Advance(bytes, ref bytePosition, ref charPosition, change.Span.Start))
            {
                return null;
            }

            output.AddRange(bytes.AsSpan(copiedFrom, bytePosition - copiedFrom));
            output.AddRange(new UTF8Encoding(false).GetBytes(change.NewText));
            if (!Advance(bytes, ref bytePosition, ref charPosition, change.Span.End))
            {
                return null;
            }

            copiedFrom = bytePosition;
        }

        output.AddRange(bytes.AsSpan(copiedFrom));
        return [.. output];
    }

    /// <summary>Walks the bytes forward until <paramref name="charPosition"/> reaches <paramref name="target"/>.</summary>
    private static bool Advance(byte[] bytes, ref int bytePosition, ref int charPosition, int target)
    {
        while (charPosition < target && bytePosition < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes.AsSpan(bytePosition), out var rune, out int consumed);
            charPosition += status == System.Buffers.OperationStatus.Done ? rune.Utf16SequenceLength : 1;
            bytePosition += Math.Max(consumed, 1);
        }

        return charPosition == target;
    }

    private static bool IsReadOnly(string path)
    {
        var info = new FileInfo(SystemFiles.FinalTarget(path));
        return OperatingSystem.IsWindows()
            ? info.Attributes.HasFlag(FileAttributes.ReadOnly)
            : (info.UnixFileMode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
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

    /// <summary>Findings with a fix not marked safe that was not applied (no <c>--unsafe-fixes</c>).</summary>
    public IReadOnlyList<Diagnostic> LeftForReview { get; init; } = [];
}
