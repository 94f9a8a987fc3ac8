using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PeelSdk.Data
{
    /// <summary>
    /// The text format that carries a report's model from the generator into a consumer's assembly: tokens separated
    /// by <c>|</c>. Every character a C# string literal could misread (control characters, C#'s line breaks, lone
    /// surrogates, <c>"</c> and <c>\</c>) is escaped with <c>~</c>, so a token stream goes into a <c>"…"</c> literal
    /// as it is and round-trips every string exactly; <see cref="ToAscii"/> escapes the rest for <c>"…"u8</c> data,
    /// which is then decoded without the runtime's UTF-8 machinery, whose first use costs milliseconds. Most reports
    /// need few escapes or none, so decoding them rarely runs the unescaping code.
    /// </summary>
    /// <remarks>
    /// Escapes: <c>~~</c> is '~', <c>~!</c> is '|', <c>~XXXX</c> (four upper-case hex digits) is that UTF-16 code
    /// unit; a token that is exactly <c>~-</c> is <see langword="null"/>. Numbers are decimal digits with an optional '-'.
    /// </remarks>
    internal static class ReportData
    {
        /// <summary>The first token of every payload; a payload of another version is refused, never misread.</summary>
        public const string Version = "peel2";

        public const char Separator = '|';
        public const char Escape = '~';
        public const string NullToken = "~-";

        /// <summary>True for characters written as <c>~XXXX</c>: control characters, C#'s line breaks, byte order marks, non-characters and
        /// surrogates (a valid pair is written as it is).</summary>
        public static bool NeedsEscape(char c) =>
            c < ' '
            || (c >= '\u007F' && c <= '\u009F')
            || c == '\u2028'
            || c == '\u2029'
            || c == '\uFEFF'
            || c == '\uFFFE'
            || c == '\uFFFF'
            || char.IsSurrogate(c);

        /// <summary><paramref name="data"/> with every character outside printable ASCII escaped: the form of <c>"…"u8</c> data.</summary>
        public static string ToAscii(string data)
        {
            var ascii = new StringBuilder(data.Length + 64);
            foreach (var c in data)
            {
                if (c > '~')
                {
                    AppendEscaped(ascii, c);
                }
                else
                {
                    ascii.Append(c);
                }
            }
            return ascii.ToString();
        }

        /// <summary>Appends <paramref name="c"/> as <c>~XXXX</c>.</summary>
        public static void AppendEscaped(StringBuilder text, char c) => text.Append(Escape).Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

        /// <summary>Decimal digits of <paramref name="value"/>, with no culture (its first use loads ICU, milliseconds at startup).</summary>
        public static string Digits(int value) => (uint)value < (uint)SmallNumbers.Length ? SmallNumbers[value] ??= Format(value) : Format(value);

        // Line numbers, positions and years recur in every report: each is made once (a race makes an equal string twice, harmlessly).
        private static readonly string?[] SmallNumbers = new string?[4096];

        private static string Format(int value)
        {
            var digits = new char[MaxDigits];
            var start = WriteDigits(digits, value);
            return new string(digits, start, digits.Length - start);
        }

        /// <summary>Room for any <see cref="int"/> in decimal, sign included.</summary>
        public const int MaxDigits = 11;

        /// <summary>Writes <paramref name="value"/> at the end of <paramref name="digits"/> (<see cref="MaxDigits"/> long) and returns where it
        /// starts.</summary>
        public static int WriteDigits(char[] digits, int value)
        {
            var position = digits.Length;
            var rest = value < 0 ? -(long)value : value;
            do
            {
                digits[--position] = (char)('0' + (rest % 10));
                rest /= 10;
            } while (rest > 0);
            if (value < 0)
            {
                digits[--position] = '-';
            }

            return position;
        }
    }

    /// <summary>Writes a token stream in the <see cref="ReportData"/> format.</summary>
    internal sealed class ReportDataWriter
    {
        private readonly StringBuilder text;

        // Numbers are written through this, not as a string each: there is a line number for every finding.
        private readonly char[] digits = new char[ReportData.MaxDigits];

        /// <param name="expectedLength">About how long the data will be: one buffer from the start, not a chain of regrowths.</param>
        public ReportDataWriter(int expectedLength) => text = new StringBuilder(expectedLength);

        public ReportDataWriter String(string? value)
        {
            Start();
            if (value is null)
            {
                text.Append(ReportData.NullToken);
                return this;
            }
            // Runs of plain characters (nearly all of a report) are copied whole: this loop sees every character of every report.
            var run = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c >= ' ' && c < '\u007F' ? c != ReportData.Escape && c != ReportData.Separator && c != '"' && c != '\\' : !ReportData.NeedsEscape(c))
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }
                text.Append(value, run, i - run);
                if (c == ReportData.Escape)
                {
                    text.Append(ReportData.Escape).Append(ReportData.Escape);
                }
                else if (c == ReportData.Separator)
                {
                    text.Append(ReportData.Escape).Append('!');
                }
                else
                {
                    ReportData.AppendEscaped(text, c);
                }

                run = i + 1;
            }
            text.Append(value, run, value.Length - run);
            return this;
        }

        public ReportDataWriter Number(int value)
        {
            Start();
            var start = ReportData.WriteDigits(digits, value);
            text.Append(digits, start, digits.Length - start);
            return this;
        }

        /// <summary>A number, or an empty token for <see langword="null"/>.</summary>
        public ReportDataWriter Number(int? value) => value is int number ? Number(number) : String(string.Empty);

        public ReportDataWriter Flag(bool value) => String(value ? "1" : string.Empty);

        public override string ToString() => text.ToString();

        private void Start()
        {
            if (text.Length > 0)
            {
                text.Append(ReportData.Separator);
            }
        }
    }

#if !BUILDING_SOURCE_GENERATOR
    /// <summary>Reads a token stream in the <see cref="ReportData"/> format; any damage is a <see cref="FormatException"/>.</summary>
    internal sealed class ReportDataReader
    {
        private readonly string text;
        private int position;

        public ReportDataReader(string text)
        {
            this.text = text;
            var version = String();
            if (version != ReportData.Version)
            {
                throw Damaged(
                    "is of version '"
                        + version
                        + "', and this PeelSdk reads '"
                        + ReportData.Version
                        + "': use the same PeelSdk package version for the generator and the runtime library"
                );
            }
        }

        public bool AtEnd => position > text.Length;

        public string? NullableString()
        {
            if (position > text.Length)
            {
                throw Damaged("ends too early");
            }
            // A plain scan, not string.IndexOf: its vectorised search costs ~2 ms to set up on first use in a process.
            var start = position;
            var end = start;
            var escaped = false;
            for (; end < text.Length && text[end] != ReportData.Separator; end++)
            {
                escaped |= text[end] == ReportData.Escape;
            }

            position = end + 1;
            if (end - start == 2 && text[start] == ReportData.Escape && text[start + 1] == '-')
            {
                return null;
            }

            return escaped ? Unescape(start, end) : text.Substring(start, end - start);
        }

        public string String() => NullableString() ?? throw Damaged("has null where a string is required");

        /// <summary>A number from <paramref name="first"/> to <paramref name="last"/> (an enum member is checked by its range, without reflection).</summary>
        public int Number(int first = int.MinValue, int last = int.MaxValue) =>
            NullableNumber(first, last) ?? throw Damaged("has no number where one is required");

        /// <summary>As <see cref="Number"/>, or <see langword="null"/> for an empty token. Digits are read by hand: no culture is consulted.</summary>
        public int? NullableNumber(int first = int.MinValue, int last = int.MaxValue)
        {
            var token = String();
            if (token.Length == 0)
            {
                return null;
            }

            var negative = token[0] == '-';
            long value = 0;
            for (var i = negative ? 1 : 0; i < token.Length && value <= int.MaxValue; i++)
            {
                var digit = token[i] - '0';
                value = digit >= 0 && digit <= 9 ? (value * 10) + digit : long.MaxValue;
            }
            value = negative ? -value : value;
            return token.Length > (negative ? 1 : 0) && value >= first && value <= last
                ? (int)value
                : throw Damaged("has '" + token + "' where a number from " + ReportData.Digits(first) + " to " + ReportData.Digits(last) + " is required");
        }

        private string Unescape(int start, int end)
        {
            var value = new StringBuilder(end - start);
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c != ReportData.Escape)
                {
                    value.Append(c);
                    continue;
                }
                if (i + 1 >= end)
                {
                    throw Damaged("ends inside an escape");
                }

                var next = text[++i];
                if (next == ReportData.Escape)
                {
                    value.Append(ReportData.Escape);
                }
                else if (next == '!')
                {
                    value.Append(ReportData.Separator);
                }
                else if (i + 4 <= end && Hex(i) is int code)
                {
                    value.Append((char)code);
                    i += 3;
                }
                else
                {
                    throw Damaged("has an unknown escape '~" + next + "'");
                }
            }
            return value.ToString();
        }

        /// <summary>
        /// The error for damaged data. Built out of line: message formatting inside the readers would make the JIT
        /// resolve its types when a report is first used, which costs milliseconds that no valid report needs.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static FormatException Damaged(string what) => new FormatException("Report data " + what + ".");

        private int? Hex(int start)
        {
            var code = 0;
            for (var i = start; i < start + 4; i++)
            {
                var c = text[i];
                var digit =
                    c >= '0' && c <= '9' ? c - '0'
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : -1;
                if (digit < 0)
                {
                    return null;
                }

                code = (code * 16) + digit;
            }
            return code;
        }
    }
#endif
}
