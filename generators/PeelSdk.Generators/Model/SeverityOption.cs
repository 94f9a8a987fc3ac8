namespace PeelSdk.Generators.Model
{
    /// <summary>A severity set for a rule in the .editorconfig section that matches a report file (e.g. <c>warning</c>, <c>none</c>).</summary>
    public sealed record SeverityOption(string Id, string Severity);
}
