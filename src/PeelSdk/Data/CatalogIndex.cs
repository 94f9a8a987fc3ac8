using System.Collections.Generic;

namespace PeelSdk.Data
{
    /// <summary>
    /// Which reports a generated catalog holds, in its order (force, year, pillar), with each report's file and graded units,
    /// as one <see cref="ReportData"/> string: enough to find a report, and to answer grade queries, without decoding any.
    /// </summary>
    internal static class CatalogIndex
    {
        public static string Encode(
            IReadOnlyCollection<(string ForceName, string ForceSlug, int Year, Pillar Pillar, string File, IReadOnlyList<GradedUnit> Units)> reports
        )
        {
            var data = new ReportDataWriter(96 * reports.Count + 16).String(ReportData.Version).Number(reports.Count);
            foreach (var report in reports)
            {
                data.String(report.ForceName)
                    .String(report.ForceSlug)
                    .Number(report.Year)
                    .Number((int)report.Pillar)
                    .String(report.File)
                    .Number(report.Units.Count);
                foreach (var unit in report.Units)
                {
                    data.Number(unit.Number)
                        .String(unit.Key)
                        .Number(unit.Grade is Grade grade ? (int)grade : (int?)null)
                        .Number(unit.Line)
                        .String(unit.SourceFile ?? string.Empty);
                }
            }
            return data.ToString();
        }

#if !BUILDING_SOURCE_GENERATOR
        /// <summary>Reads an index, pairing each report with <paramref name="load"/>, which builds it on first use.</summary>
        public static List<CatalogEntry> Decode(string index, System.Func<string, int, Pillar, PeelReport> load)
        {
            var data = new ReportDataReader(index);
            var entries = new List<CatalogEntry>(data.Number());
            for (var i = 0; i < entries.Capacity; i++)
            {
                var (name, slug, year, pillar, file) = (
                    data.String(),
                    data.String(),
                    data.Number(),
                    (Pillar)data.Number(0, (int)Pillar.Integrated),
                    data.String()
                );
                var units = new GradedUnit[data.Number(0)];
                for (var u = 0; u < units.Length; u++)
                {
                    var (number, key, grade, line, source) = (
                        data.Number(),
                        data.String(),
                        (Grade?)data.NullableNumber(0, (int)Grade.Inadequate),
                        data.NullableNumber(),
                        data.String()
                    );
                    units[u] = new GradedUnit(number, key, grade, line, source.Length == 0 ? null : source);
                }
                entries.Add(new CatalogEntry(name, slug, year, pillar, file, units, load));
            }
            if (!data.AtEnd)
            {
                throw ReportDataReader.Damaged("has more catalog entries than it says");
            }

            return entries;
        }
#endif
    }
}
