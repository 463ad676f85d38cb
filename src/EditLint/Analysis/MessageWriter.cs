namespace EditLint.Analysis;

/// <summary>
/// Writes a composite format over string arguments as <see cref="string.Format(IFormatProvider, string, object[])"/>
/// would, part by part: a report writes tens of thousands of messages, and a string for each only to copy it out again
/// is wasted. A format with anything but plain holes (<c>{0}</c>) and doubled braces is left to
/// <see cref="string.Format(IFormatProvider, string, object[])"/>, which also raises its errors.
/// </summary>
internal static class MessageWriter
{
    public static void Write(TextWriter writer, string format, ReadOnlySpan<string> arguments)
    {
        if (!IsPlain(format, arguments.Length))
        {
            writer.Write(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, [.. arguments]));
            return;
        }

        var rest = format.AsSpan();
        while (rest.IndexOfAny('{', '}') is int brace and >= 0)
        {
            writer.Write(rest[..brace]);
            if (rest[brace + 1] == rest[brace])
            {
                writer.Write(rest[brace]); // "{{" or "}}"
                rest = rest[(brace + 2)..];
                continue;
            }

            int close = rest[brace..].IndexOf('}') + brace;
            writer.Write(arguments[int.Parse(rest[(brace + 1)..close], System.Globalization.CultureInfo.InvariantCulture)]);
            rest = rest[(close + 1)..];
        }

        writer.Write(rest);
    }

    // Whether every brace is doubled or opens a hole of ASCII digits naming an argument that exists.
    private static bool IsPlain(string format, int count)
    {
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c is not ('{' or '}'))
            {
                continue;
            }

            if (i + 1 < format.Length && format[i + 1] == c)
            {
                i++;
                continue;
            }

            if (c == '}')
            {
                return false;
            }

            int index = 0;
            int j = i + 1;
            while (j < format.Length && char.IsAsciiDigit(format[j]) && j - i <= 6)
            {
                index = (index * 10) + (format[j] - '0');
                j++;
            }

            if (j == i + 1 || j >= format.Length || format[j] != '}' || index >= count)
            {
                return false;
            }

            i = j;
        }

        return true;
    }
}
