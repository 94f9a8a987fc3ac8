namespace PeelSdk.Generators.Model
{
    /// <summary>Every typed report of the compilation with the C# names assigned to it, the catalog index and the diagnostics about the set.</summary>
    /// <param name="Names">The names: all that a report's spec and a force's file depend on.</param>
    /// <param name="Index">The generated reports in catalog order, as <c>PeelSdk.Data</c> text (force, slug, year, pillar each).</param>
    /// <param name="Diagnostics">Diagnostics about the set of files (duplicates, size) and the options.</param>
    internal sealed record CatalogModel(CatalogNames Names, string Index, ValueList<LocatedDiagnostic> Diagnostics);

    /// <summary>
    /// The C# names assigned to every report, apart from the index: a grade, a line or a finding edited in one report changes the index,
    /// not the names, so the other reports' specs stay cached.
    /// </summary>
    /// <param name="Namespace">The root namespace.</param>
    /// <param name="Forces">The forces, each with its years, in catalog order (force slug, year, pillar).</param>
    /// <param name="Reports">Every report file in ordinal path order, typed or not (a skipped one has <see cref="ReportSlot.IsGenerated"/> false).</param>
    /// <param name="Target">What the consumer's C# allows.</param>
    internal sealed record CatalogNames(string Namespace, ValueList<ForceSlot> Forces, ValueList<ReportSlot> Reports, EmitTarget Target)
    {
        /// <summary>The slot of the file at <paramref name="path"/>: a binary search, since every report looks up its own.</summary>
        public ReportSlot? FindSlot(string path)
        {
            int low = 0,
                high = Reports.Count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = string.CompareOrdinal(Reports[middle].Path, path);
                if (order == 0)
                {
                    return Reports[middle];
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }
            return null;
        }
    }

    /// <summary>A force's member of <c>PeelReports</c>, with its years. Nothing in it depends on other forces (not even its place in the
    /// catalog), so a force's file is not emitted again when another force changes.</summary>
    internal sealed record ForceSlot(string PropertyName, string TypeName, Force Force, ValueList<YearSlot> Years);

    /// <summary>A year's member of a force type, with its reports.</summary>
    internal sealed record YearSlot(int Year, string PropertyName, string TypeName, ValueList<ReportSlot> Reports);

    /// <summary>Where one report goes in the generated code.</summary>
    /// <param name="Path">The full path of the report file.</param>
    /// <param name="HintName">The hint name of its force's generated file (one file holds all of a force's reports).</param>
    /// <param name="Position">Its place among its force's reports (year, then pillar): its place in the force's file. Relative
    /// to the force, so adding a report re-emits that force's file only.</param>
    /// <param name="ForceTypeName">The nested type of its force.</param>
    /// <param name="YearTypeName">The nested type of its year.</param>
    /// <param name="Pillar">Its pillar.</param>
    /// <param name="PropertyName">Its property on the year type (the pillar's name; <c>Inspection</c> for an integrated report).</param>
    /// <param name="IsGenerated">False for a report that is incomplete, a duplicate or past the string budget before C# 11: no code is generated for
    /// it.</param>
    /// <param name="Utf8Data">Its data is a <c>"…"u8</c> literal (past the string budget), not a string constant.</param>
    internal sealed record ReportSlot(
        string Path,
        string HintName,
        int Position,
        string ForceTypeName,
        string YearTypeName,
        Pillar Pillar,
        string PropertyName,
        bool IsGenerated,
        bool Utf8Data
    );

    /// <summary>A diagnostic with the full path of its file (<see langword="null"/> for one about the project).</summary>
    internal sealed record LocatedDiagnostic(string? Path, PeelDiagnostic Diagnostic);
}
