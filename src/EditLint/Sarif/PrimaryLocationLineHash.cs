using System.Globalization;
using System.Text;
using EditLint.Text;

namespace EditLint.Sarif;

/// <summary>
/// GitHub's <c>primaryLocationLineHash</c>, computed exactly as <c>github/codeql-action</c> (<c>src/fingerprints.ts</c>)
/// computes it when it uploads a log without one: over the file's UTF-16 code units, spaces and tabs dropped,
/// CR and CRLF read as LF, a rolling hash (multiplier 37, 64-bit wraparound) over a window of 100 characters that
/// starts at each line's first kept character, padded at the end of the file with a 65535 marker and zeros.
/// A line's value is <c>hex:k</c>, where k counts the lines so far (this one included) with the same hash.
/// Writing the value ourselves matters: the upload API, unlike the action, does not compute it.
/// </summary>
public static class PrimaryLocationLineHash
{
    private const int BlockSize = 100;
    private const int EndOfFile = 65535;
    private const long Multiplier = 37;
    private static readonly long FirstMod = ComputeFirstMod();

    /// <summary>The hash of every line of <paramref name="text"/>; index 0 is line 1.</summary>
    public static IReadOnlyList<string> Compute(string text)
    {
        var hashes = new List<string>();
        var window = new int[BlockSize];
        var lineNumbers = new int[BlockSize];
        Array.Fill(lineNumbers, -1);
        var counts = new Dictionary<ulong, int>();
        long hash = 0;
        int index = 0;
        int lineNumber = 0;
        bool lineStart = true;
        bool previousCr = false;

        void Output()
        {
            ulong value = unchecked((ulong)hash);
            counts[value] = counts.GetValueOrDefault(value) + 1;
            int line = lineNumbers[index];

            // Lines come out in order, one each, so the list index is the line number minus one.
            System.Diagnostics.Debug.Assert(line == hashes.Count + 1, "line hashes are produced in order");
            hashes.Add(value.ToString("x", CultureInfo.InvariantCulture) + ":" + counts[value].ToString(CultureInfo.InvariantCulture));
            lineNumbers[index] = -1;
        }

        void Update(int current)
        {
            int begin = window[index];
            window[index] = current;
            hash = unchecked((Multiplier * hash) + current - (FirstMod * begin));
            index = (index + 1) % BlockSize;
        }

        void Process(int current)
        {
            if (current == ' ' || current == '\t' || (previousCr && current == '\n'))
            {
                previousCr = false;
                return;
            }

            if (current == '\r')
            {
                current = '\n';
                previousCr = true;
            }
            else
            {
                previousCr = false;
            }

            if (lineNumbers[index] != -1)
            {
                Output();
            }

            if (lineStart)
            {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }

            if (current == '\n')
            {
                lineStart = true;
            }

            Update(current);
        }

        foreach (char c in text)
        {
            Process(c);
        }

        Process(EndOfFile);
        for (int i = 0; i < BlockSize; i++)
        {
            if (lineNumbers[index] != -1)
            {
                Output();
            }

            Update(0);
        }

        return hashes;
    }

    /// <summary>
    /// The text the upload action hashes for a decoded file: Node reads the bytes as UTF-8 and keeps a byte order
    /// mark as U+FEFF, so a UTF-8 file with a BOM hashes with it, and a UTF-16 file hashes as its bytes read as UTF-8.
    /// </summary>
    public static string HashInput(SourceText source) => source.Encoding switch
    {
        TextEncodingKind.Utf8WithBom => "\uFEFF" + source.Text,
        TextEncodingKind.Utf16LittleEndian => Encoding.UTF8.GetString([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(source.Text)]),
        TextEncodingKind.Utf16BigEndian => Encoding.UTF8.GetString([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(source.Text)]),
        _ => source.Text,
    };

    private static long ComputeFirstMod()
    {
        long value = 1;
        for (int i = 0; i < BlockSize; i++)
        {
            value = unchecked(value * Multiplier);
        }

        return value;
    }
}
