using System.Collections.Generic;

namespace PeelSdk.Data
{
    /// <summary>
    /// Which reports a generated catalog holds, in its order (force, year, pillar), as one <see cref="ReportData"/>
    /// string: enough to find a report without decoding any.
    /// </summary>
    internal static class CatalogIndex
    {
        public static string Encode(IReadOnlyCollection<(string ForceName, string ForceSlug, int Year, Pillar Pillar)> reports)
        {
            var data = new ReportDataWriter(32 * reports.Count + 16).String(ReportData.Version).Number(reports.Count);
            foreach (var report in reports) data.String(report.ForceName).String(report.ForceSlug).Number(report.Year).Number((int)report.Pillar);
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
                entries.Add(new CatalogEntry(data.String(), data.String(), data.Number(), (Pillar)data.Number(0, (int)Pillar.Integrated), load));
            }
            if (!data.AtEnd) throw ReportDataReader.Damaged("has more catalog entries than it says");
            return entries;
        }
#endif
    }
}
