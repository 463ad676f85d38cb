using System.Globalization;
using System.Runtime.CompilerServices;
using EditLint.Text;

namespace EditLint.Documents;

/// <summary>
/// Splits prose into word, number and punctuation tokens. Words keep inner hyphens and straight or curly
/// apostrophes ("Geun-hye", "Russia’s", "Rajin-Khasan"); numbers keep inner separators ("1,500", "3.5").
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text, TextSpan span)
    {
        var tokens = new List<Token>(Math.Max(4, span.Length / 5));
        Tokenize(text, span, tokens);
        return [.. tokens];
    }

    /// <summary>Appends the tokens of <paramref name="span"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, TextSpan span, List<Token> tokens)
    {
        int i = span.Start;
        int end = span.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                int start = i;
                bool hasLetter = false;
                bool hyphen = false;
                while (i < end)
                {
                    // ASCII letters and digits first. Words are short: a plain loop beat a vectorised search for
                    // the end of the run (tokenising the corpus: 175 -> 150 ms).
                    char ch = text[i];
                    if (char.IsAsciiLetter(ch))
                    {
                        hasLetter = true;
                        i++;
                    }
                    else if (char.IsAsciiDigit(ch))
                    {
                        i++;
                    }
                    else if (IsWordChar(ch))
                    {
                        // Past the two branches above, a word character is not ASCII.
                        hasLetter |= char.IsLetter(ch);
                        i++;
                    }
                    else if (IsJoiner(ch, hasLetter) && i + 1 < end && IsWordChar(text[i + 1]) && i > start)
                    {
                        // A comma or period joins digits only ("1,500", "3.5"); hyphens and apostrophes join words.
                        if ((ch == ',' || ch == '.') && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
                        {
                            break;
                        }

                        hyphen |= ch == '-';
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(TextSpan.FromBounds(start, i), hasLetter ? TokenKind.Word : TokenKind.Number, noHyphen: !hyphen));
            }
            else
            {
                int length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(new TextSpan(i, length), TokenKind.Punctuation, noHyphen: c != '-'));
                i += length;
            }
        }
    }

    // Inlined for ASCII, the tokenizer's every character; the rest of Unicode takes the call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsJoiner(char c, bool hasLetter) =>
        c is '-' or '\'' or '\u2019' or '\u2010' or '\u2011' || (!hasLetter && c is ',' or '.');
}
