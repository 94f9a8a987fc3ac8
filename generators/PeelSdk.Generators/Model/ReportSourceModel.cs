namespace PeelSdk.Generators.Model
{
    /// <summary>Everything one report's generated file is made from; equal models give equal files, so emitting is skipped.</summary>
    internal sealed record ReportSourceModel(string Namespace, ReportSlot Slot, ParsedReport Report);
}
