namespace PeelSdk.Generators.Model
{
    /// <summary>A parsed report file. <paramref name="Path"/> is the full path the compiler knows (for diagnostic locations).</summary>
    public sealed record ReportFile(string Path, ParsedReport Report);
}
