namespace PeelSdk.Generators.Model
{
    /// <summary>A parsed grades table and the full path the compiler knows (for diagnostic locations).</summary>
    internal sealed record GradeTableFile(string Path, GradeTable Table);
}
