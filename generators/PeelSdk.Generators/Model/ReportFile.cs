namespace PeelSdk.Generators.Model
{
    /// <summary>A parsed report file.</summary>
    /// <param name="Path">The full path the compiler knows (for diagnostic locations).</param>
    /// <param name="Report">What the parser read.</param>
    internal sealed record ReportFile(string Path, ParsedReport Report);
}
