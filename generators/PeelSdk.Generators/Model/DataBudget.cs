namespace PeelSdk.Generators.Model
{
    /// <summary>How much data one typed report carries (0 when it is not typed), for the string budget.</summary>
    internal sealed record DataSize(string Path, string DisplayPath, TextLocation? HeaderLocation, int Length)
    {
        public static DataSize Of(ReportFile file) => new DataSize(file.Path, file.Report.File, file.HeaderInFile, file.Data?.Length ?? 0);
    }

    /// <summary>
    /// The reports whose data is past the string budget (UTF-8 data where C# allows, else not generated) and PEEL102.
    /// A step of its own, so that editing a report's text, which changes its size, leaves the catalog cached.
    /// </summary>
    internal sealed record DataBudget(ValueList<string> PastBudget, ValueList<LocatedDiagnostic> Diagnostics);
}
