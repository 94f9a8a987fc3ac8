namespace PeelSdk.Generators.Model
{
    /// <summary>
    /// Everything one report's generated members are made from, with every C# name final: the emitter writes it and
    /// decides nothing. Equal specs give equal code, so a force whose reports are unchanged is not emitted again.
    /// </summary>
    /// <param name="HintName">The hint name of its force's generated file.</param>
    /// <param name="Position">Its place among its force's reports (year, then pillar), its place in its force's file.</param>
    /// <param name="Namespace">The root namespace.</param>
    /// <param name="ForceTypeName">The nested type of its force.</param>
    /// <param name="YearTypeName">The nested type of its year.</param>
    /// <param name="Year">Its year (or cycle's first year).</param>
    /// <param name="Pillar">Its pillar.</param>
    /// <param name="PropertyName">Its property on the year type.</param>
    /// <param name="Summary">Doc text of its property: the title, the headline question and its grade.</param>
    /// <param name="Remarks">Doc text of its property: each question's grade with its line, and its first finding, capped.</param>
    /// <param name="Shape">The report type it shares with every report of the same question set.</param>
    /// <param name="Data">The report's model as <c>PeelSdk.Data</c> text.</param>
    /// <param name="Utf8Data">The data is a <c>"…"u8</c> literal (past the string budget), not a string constant.</param>
    /// <param name="Target">What the consumer's C# allows.</param>
    internal sealed record ReportSpec(
        string HintName,
        int Position,
        string Namespace,
        string ForceTypeName,
        string YearTypeName,
        int Year,
        Pillar Pillar,
        string PropertyName,
        string Summary,
        string Remarks,
        ShapeSpec Shape,
        string Data,
        bool Utf8Data,
        EmitTarget Target
    );

    /// <summary>
    /// A report type: one per question set (pillar, year or cycle, and the ordered questions with their wording), shared by
    /// every report of that set. The compiler's cost grows with the number of types, which no longer grows with reports.
    /// </summary>
    /// <param name="TypeName">Its name, from what it holds: <c>Effectiveness2016Report</c> for a year's catalog question set, with a
    /// hash of its questions added for any other set (a page that leaves a question out or adds one).</param>
    /// <param name="Summary">Doc text of the type.</param>
    /// <param name="Questions">A property per core question, in the order of the report's questions.</param>
    internal sealed record ShapeSpec(string TypeName, string Summary, ValueList<QuestionSpec> Questions);

    /// <summary>A question's property: its name, its index in <c>Questions</c>, and its doc text (the question set's wording, capped).</summary>
    internal sealed record QuestionSpec(string PropertyName, int Index, string Summary);

    /// <summary>
    /// One generated file per force: the force's type, its year types and every report's property, each declared once
    /// (a type declared in parts costs the compiler a declaration apiece, thousands of them at national scale).
    /// </summary>
    /// <param name="HintName">The file's hint name.</param>
    /// <param name="Namespace">The root namespace.</param>
    /// <param name="Force">The force with its years, as the catalog names them.</param>
    /// <param name="Reports">The force's reports, by year, then pillar.</param>
    /// <param name="Target">What the consumer's C# allows.</param>
    internal sealed record ForceFileSpec(string HintName, string Namespace, ForceSlot Force, ValueList<ReportSpec> Reports, EmitTarget Target);

    /// <summary>The file of report types: every shape the reports use, by name.</summary>
    /// <param name="Namespace">The root namespace.</param>
    /// <param name="Shapes">The shapes, in ordinal name order.</param>
    /// <param name="Target">What the consumer's C# allows.</param>
    internal sealed record ShapeFileSpec(string Namespace, ValueList<ShapeSpec> Shapes, EmitTarget Target);
}
