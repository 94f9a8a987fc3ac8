using System.Threading;
using PeelSdk.Parsing;

namespace PeelSdk
{
    /// <summary>Parses PEEL report texts: the same parser the source generator runs at compile time.</summary>
    public static class PeelParser
    {
        /// <summary>Parses <paramref name="text"/>, naming <paramref name="file"/> in source spans and diagnostics. Never throws on bad input.</summary>
        public static ParsedReport Parse(string text, string file, CancellationToken cancellationToken = default) =>
            Parse(text, file, PeelParseOptions.Default, cancellationToken);

        /// <summary>Parses <paramref name="text"/> with <paramref name="options"/>.</summary>
        public static ParsedReport Parse(string text, string file, PeelParseOptions options, CancellationToken cancellationToken = default) =>
            Parse(text, file, options, System.Array.Empty<GradeTable>(), cancellationToken);

        /// <summary>
        /// Parses <paramref name="text"/>, grading the questions it states no grade for from <paramref name="grades"/>
        /// (official grades tables, <see cref="GradeOrigin.Table"/>).
        /// </summary>
        public static ParsedReport Parse(
            string text,
            string file,
            PeelParseOptions options,
            System.Collections.Generic.IEnumerable<GradeTable> grades,
            CancellationToken cancellationToken = default
        ) => GradePrecedence.Complete(Read(text, file, options, cancellationToken), grades);

        /// <summary>Reads a report without official grades or the check for questions left ungraded: the step the generator caches apart from the
        /// tables.</summary>
        internal static ParsedReport Read(string text, string file, PeelParseOptions options, CancellationToken cancellationToken) =>
            new ReportReader(text, file, options, cancellationToken).Read();
    }
}
