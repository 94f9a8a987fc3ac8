using System.Text;

namespace PeelSdk
{
    /// <summary>A police force as a report names it.</summary>
    /// <param name="Name">The short name from the report header, e.g. <c>Cheshire</c>.</param>
    /// <param name="FullName">The full name as found in the text, e.g. <c>Cheshire Constabulary</c>, or <see langword="null"/> if the text never uses
    /// it.</param>
    /// <param name="Slug">Lower-case, hyphenated short name, e.g. <c>avon-and-somerset</c>.</param>
    public sealed record Force(string Name, string? FullName, string Slug)
    {
        /// <summary>The slug of a force short name: lower-case ASCII letters and digits, words joined by hyphens.</summary>
        public static string ToSlug(string name)
        {
            var slug = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (c < 128 && char.IsLetterOrDigit(c))
                {
                    slug.Append(char.ToLowerInvariant(c));
                }
                else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
                {
                    slug.Append('-');
                }
            }
            return slug.ToString().Trim('-');
        }

        /// <inheritdoc />
        public override string ToString() => FullName ?? Name;
    }
}
