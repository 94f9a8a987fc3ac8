namespace PeelSdk.Generators.Model
{
    /// <summary>
    /// Everything one report's generated class is made from, with every C# name final: the emitter writes it and
    /// decides nothing. Equal specs give equal code, so a force whose reports are unchanged is not emitted again.
    /// </summary>
    /// <param name="HintName">The hint name of its force's generated file.</param>
    /// <param name="Position">Its place among its force's reports (year, then pillar), its place in its force's file.</param>
    /// <param name="Namespace">The root namespace.</param>
    /// <param name="ForceTypeName">The nested type of its force.</param>
    /// <param name="YearTypeName">The nested type of its year.</param>
    /// <param name="PropertyName">Its property on the year type.</param>
    /// <param name="TypeName">Its own class name.</param>
    /// <param name="Title">Force, year and pillar, e.g. <c>Cheshire PEEL 2015 Effectiveness</c>.</param>
    /// <param name="Summary">Doc text of its property: the title, the headline question and its grade.</param>
    /// <param name="SourceFile">The report file as users see it.</param>
    /// <param name="Questions">A property per core question.</param>
    /// <param name="Data">The report's model as <c>PeelSdk.Data</c> text.</param>
    /// <param name="Utf8Data">The data is a <c>"…"u8</c> literal (past the string budget), not a string constant.</param>
    /// <param name="Target">What the consumer's C# allows.</param>
    internal sealed record ReportSpec(
        string HintName,
        int Position,
        string Namespace,
        string ForceTypeName,
        string YearTypeName,
        string PropertyName,
        string TypeName,
        string Title,
        string Summary,
        string SourceFile,
        ValueList<QuestionSpec> Questions,
        string Data,
        bool Utf8Data,
        EmitTarget Target
    );

    /// <summary>A question's property: its name, its index in <c>Questions</c>, and doc text already capped in length.</summary>
    internal sealed record QuestionSpec(string PropertyName, int Index, string Summary, string Remarks);

    /// <summary>
    /// One generated file per force, holding all its reports: thousands of files that each reopen the partial
    /// <c>PeelReports</c>, force and year types cost the compiler (and every analyzer) a declaration apiece.
    /// </summary>
    /// <param name="HintName">The file's hint name.</param>
    /// <param name="Reports">The force's reports, by year, then pillar.</param>
    internal sealed record ForceFileSpec(string HintName, ValueList<ReportSpec> Reports);
}
