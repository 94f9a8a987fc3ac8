using System.Threading;
using PeelSdk.Parsing;

namespace PeelSdk
{
    /// <summary>Parses PEEL report texts: the same parser the source generator runs at compile time.</summary>
#if BUILDING_SOURCE_GENERATOR
    internal
#else
    public
#endif
    static class PeelParser
    {
        /// <summary>Parses <paramref name="text"/>, naming <paramref name="file"/> in source spans and diagnostics. Never throws on bad input.</summary>
        public static ParsedReport Parse(string text, string file, CancellationToken cancellationToken = default) =>
            Parse(text, file, PeelParseOptions.Default, cancellationToken);

        /// <summary>Parses <paramref name="text"/> with <paramref name="options"/>.</summary>
        public static ParsedReport Parse(string text, string file, PeelParseOptions options, CancellationToken cancellationToken = default) =>
            new ReportReader(text, file, options, cancellationToken).Read();
    }
}
