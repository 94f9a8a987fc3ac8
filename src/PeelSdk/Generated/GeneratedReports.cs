using System;
using System.ComponentModel;
using System.Threading;
using PeelSdk.Data;

namespace PeelSdk.Generated
{
    /// <summary>What the code PeelSdk generates calls to build its reports and catalogs. Not meant to be called directly.</summary>
    /// <remarks>
    /// The generator and this library ship in one package and agree on the data format; a mismatch (another
    /// version of either) is a <see cref="FormatException"/> that says so, never a misread report.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class GeneratedReports
    {
        /// <summary>Reports decoded so far in this process: how tests see that touching one report decodes no other.</summary>
        internal static int Decoded;

        /// <summary>Builds a report from its generated UTF-8 data (printable ASCII: see <see cref="ReportData"/>).</summary>
        public static PeelReport DecodeUtf8(byte[] utf8)
        {
            // A plain widening loop: the runtime's UTF-8 decoder costs milliseconds on first use, this costs nothing.
            var text = new char[utf8.Length];
            for (var i = 0; i < utf8.Length; i++)
            {
                text[i] = utf8[i] < 0x80 ? (char)utf8[i] : throw ReportDataReader.Damaged("is not ASCII: it was not written by the PeelSdk generator");
            }
            return Decode(new string(text));
        }

        /// <summary>Builds a report from its generated data as a string constant.</summary>
        public static PeelReport Decode(string data)
        {
            Interlocked.Increment(ref Decoded);
            return ReportDecoder.Decode(data);
        }

        /// <summary>A catalog of the reports named by <paramref name="index"/>; <paramref name="load"/> builds a report (force slug, year, pillar) on
        /// first use.</summary>
        public static PeelCatalog Catalog(string index, Func<string, int, Pillar, PeelReport> load) => new PeelCatalog(CatalogIndex.Decode(index, load));

        /// <summary>
        /// Publishes <paramref name="created"/> into <paramref name="location"/> unless another thread did first, and
        /// returns what is there: how a generated class builds its single instance on first use.
        /// </summary>
        public static T Initialize<T>(ref T? location, T created)
            where T : class => Interlocked.CompareExchange(ref location, created, null) ?? created;

        /// <summary>The reports of <paramref name="catalog"/> on the force <paramref name="forceSlug"/>, of every year or of
        /// <paramref name="year"/> only (a force's or a year's <c>All</c>), unbuilt. Found by identity, not by place, so a force's
        /// generated code does not change when another force gains a report.</summary>
        public static PeelCatalog Of(PeelCatalog catalog, string forceSlug, int? year = null) => catalog.Of(forceSlug, year);
    }
}
