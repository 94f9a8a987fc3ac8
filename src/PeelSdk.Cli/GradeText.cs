namespace PeelSdk.Cli
{
    /// <summary>A grade as people write it, for the tool's Markdown and HTML.</summary>
    internal static class GradeText
    {
        public static string Words(Grade grade) => grade == Grade.RequiresImprovement ? "Requires improvement" : grade.ToString();
    }
}
