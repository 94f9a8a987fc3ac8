namespace PeelSdk.Generators.Model
{
    /// <summary>The project options the generator uses, reduced to plain values so the pipeline can cache them.</summary>
    /// <param name="Namespace">The root namespace of the generated code.</param>
    /// <param name="InvalidNamespace">The value of <c>PeelReportsNamespace</c> when it was not a namespace (PEEL101), else <see langword="null"/>.</param>
    /// <param name="StringDataLimit">How many megabytes of the assembly's string-literal heap report data may take (<c>PeelStringDataLimit</c>).</param>
    /// <param name="InvalidStringDataLimit">The value of <c>PeelStringDataLimit</c> when it was not a whole number from 0 to
    /// <see cref="MaxStringDataLimit"/> (PEEL103), else <see langword="null"/>.</param>
    internal sealed record GeneratorOptions(string Namespace, string? InvalidNamespace, int StringDataLimit, string? InvalidStringDataLimit)
    {
        /// <summary>The namespace used when the project sets none.</summary>
        public const string DefaultNamespace = "PeelSdk.Reports";

        /// <summary>
        /// Megabytes of the string-literal heap (16 MB per assembly, shared with the project's own strings) that report
        /// data takes before the rest goes to UTF-8 literals. String constants cost the compiler almost nothing; UTF-8
        /// literals have no size limit but cost about 0.4 s of CPU per MB, and need C# 11.
        /// </summary>
        public const int DefaultStringDataLimit = 12;

        /// <summary>The most a project may set: the heap's 16 MB less room for the project's own strings.</summary>
        public const int MaxStringDataLimit = 14;

        /// <summary>The limit in UTF-16 characters, as the heap stores them.</summary>
        public int StringDataBudget => StringDataLimit * 1024 * 1024 / 2;
    }
}
