namespace PeelSdk.Generators.Model
{
    /// <summary>What the consumer's compilation allows the generated code to use, reduced to plain values so the pipeline can cache them.</summary>
    /// <param name="LanguageVersion">The C# version, as the compiler names it (e.g. <c>7.3</c>).</param>
    /// <param name="NullableAnnotations">C# 8 or later: the code is written with <c>#nullable enable</c> and <c>?</c> annotations.</param>
    /// <param name="Utf8Available">C# 11 or later with <c>System.ReadOnlySpan&lt;T&gt;</c>: report data past the string budget can be a <c>"…"u8</c>
    /// literal.</param>
    /// <param name="RuntimeReferenced">The compilation references the PeelSdk runtime library.</param>
    internal sealed record EmitTarget(string LanguageVersion, bool NullableAnnotations, bool Utf8Available, bool RuntimeReferenced)
    {
        /// <summary>A reference type that may be null, annotated where the C# version has annotations.</summary>
        public string Nullable(string type) => NullableAnnotations ? type + "?" : type;
    }
}
