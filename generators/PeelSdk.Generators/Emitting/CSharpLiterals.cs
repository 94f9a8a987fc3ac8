using System.Globalization;
using System.Text;
using PeelSdk.Data;

namespace PeelSdk.Generators.Emitting
{
    /// <summary>
    /// Puts report text into generated code safely: whatever it holds (quotes, backslashes, line separators,
    /// lone surrogates, <c>*/</c>, XML markup), the result compiles and means only the text.
    /// </summary>
    internal static class CSharpLiterals
    {
        /// <summary>A regular string literal; anything C# or UTF-8 could misread is written as a <c>\uXXXX</c> escape.</summary>
        public static string String(string value)
        {
            var literal = new StringBuilder(value.Length + 2).Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == '"' || c == '\\')
                {
                    literal.Append('\\').Append(c);
                }
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    literal.Append(c).Append(value[++i]);
                }
                else if (NeedsEscape(c))
                {
                    literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    literal.Append(c);
                }
            }
            return literal.Append('"').ToString();
        }

        /// <summary>Text for one line of an XML doc comment: markup escaped, line breaks and characters XML cannot hold replaced.</summary>
        public static string DocText(string value) => AppendDocText(new StringBuilder(value.Length), value).ToString();

        /// <summary>Appends <paramref name="value"/> as <see cref="DocText"/> writes it.</summary>
        public static StringBuilder AppendDocText(StringBuilder doc, string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '&':
                        doc.Append("&amp;");
                        break;
                    case '<':
                        doc.Append("&lt;");
                        break;
                    case '>':
                        doc.Append("&gt;");
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            doc.Append(c).Append(value[++i]);
                        }
                        else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                        {
                            doc.Append('\uFFFD');
                        }
                        else if (NeedsEscape(c))
                        {
                            doc.Append(' ');
                        }
                        else
                        {
                            doc.Append(c);
                        }

                        break;
                }
            }
            return doc;
        }

        // One definition of what a C# literal cannot hold as it is, shared with the report data format.
        private static bool NeedsEscape(char c) => ReportData.NeedsEscape(c);
    }
}
