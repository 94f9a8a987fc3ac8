namespace PeelSdk.Generators.Model
{
    /// <summary>The project options the generator uses, reduced to plain values so the pipeline can cache them.</summary>
    /// <param name="Namespace">The root namespace of the generated code.</param>
    /// <param name="InvalidNamespace">The value of <c>PeelReportsNamespace</c> when it was not a namespace (PEEL101), else <see langword="null"/>.</param>
    internal sealed record GeneratorOptions(string Namespace, string? InvalidNamespace)
    {
        /// <summary>The namespace used when the project sets none.</summary>
        public const string DefaultNamespace = "PeelSdk.Reports";
    }
}
