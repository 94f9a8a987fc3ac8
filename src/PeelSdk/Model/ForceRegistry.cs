using System;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk
{
    /// <summary>A name a force has published under, and the years it applied.</summary>
    /// <param name="FullName">The name as published, e.g. <c>Hampshire and Isle of Wight Constabulary</c>.</param>
    /// <param name="From">The first year the name applied, or <see langword="null"/> for every year before <paramref name="Until"/>.</param>
    /// <param name="Until">The last year the name applied, or <see langword="null"/> if it still does.</param>
    public sealed record ForceName(string FullName, int? From = null, int? Until = null);

    /// <summary>
    /// The 43 territorial police forces of England and Wales: the short name PEEL pages use in their header, and every full
    /// name each has published under, so one force keeps one slug and one typed property across its names.
    /// </summary>
    public static class ForceRegistry
    {
        // Data, not code: short name as in "<short> PEEL <year>", then the full names as the reports write them, oldest first.
        private static readonly (string Name, ForceName[] Names)[] Table =
        {
            ("Avon and Somerset", Named("Avon and Somerset Constabulary")),
            ("Bedfordshire", Named("Bedfordshire Police")),
            ("Cambridgeshire", Named("Cambridgeshire Constabulary")),
            ("Cheshire", Named("Cheshire Constabulary")),
            ("City of London", Named("City of London Police")),
            ("Cleveland", Named("Cleveland Police")),
            ("Cumbria", Named("Cumbria Constabulary")),
            ("Derbyshire", Named("Derbyshire Constabulary")),
            ("Devon and Cornwall", Named("Devon and Cornwall Police")),
            ("Dorset", Named("Dorset Police")),
            ("Durham", Named("Durham Constabulary")),
            ("Dyfed-Powys", Named("Dyfed-Powys Police")),
            ("Essex", Named("Essex Police")),
            ("Gloucestershire", Named("Gloucestershire Constabulary")),
            ("Greater Manchester", Named("Greater Manchester Police")),
            ("Gwent", Named("Gwent Police")),
            // Renamed in 2022, when the force took the Isle of Wight into its name.
            (
                "Hampshire",
                new[] { new ForceName("Hampshire Constabulary", Until: 2021), new ForceName("Hampshire and Isle of Wight Constabulary", From: 2022) }
            ),
            ("Hertfordshire", Named("Hertfordshire Constabulary")),
            ("Humberside", Named("Humberside Police")),
            ("Kent", Named("Kent Police")),
            ("Lancashire", Named("Lancashire Constabulary")),
            ("Leicestershire", Named("Leicestershire Police")),
            ("Lincolnshire", Named("Lincolnshire Police")),
            ("Merseyside", Named("Merseyside Police")),
            ("Metropolitan", Named("Metropolitan Police Service")),
            ("Norfolk", Named("Norfolk Constabulary")),
            ("North Wales", Named("North Wales Police")),
            ("North Yorkshire", Named("North Yorkshire Police")),
            ("Northamptonshire", Named("Northamptonshire Police")),
            ("Northumbria", Named("Northumbria Police")),
            ("Nottinghamshire", Named("Nottinghamshire Police")),
            ("South Wales", Named("South Wales Police")),
            ("South Yorkshire", Named("South Yorkshire Police")),
            ("Staffordshire", Named("Staffordshire Police")),
            ("Suffolk", Named("Suffolk Constabulary")),
            ("Surrey", Named("Surrey Police")),
            ("Sussex", Named("Sussex Police")),
            ("Thames Valley", Named("Thames Valley Police")),
            ("Warwickshire", Named("Warwickshire Police")),
            ("West Mercia", Named("West Mercia Police")),
            ("West Midlands", Named("West Midlands Police")),
            ("West Yorkshire", Named("West Yorkshire Police")),
            ("Wiltshire", Named("Wiltshire Police")),
        };

        // Longest first: "police-service" must not be cut as "police".
        private static readonly string[] Suffixes = { "police-service", "constabulary", "police" };

        /// <summary>Every force under its current full name, in alphabetical order of short name.</summary>
        public static IReadOnlyList<Force> All { get; } =
            Table.Select(f => new Force(f.Name, f.Names[f.Names.Length - 1].FullName, Force.ToSlug(f.Name))).ToArray();

        // Each name's key (see KeyOf) to its force's row and the full name that key stands for.
        private static readonly Dictionary<string, (int Force, string FullName)> ByKey = BuildKeys();

        /// <summary>
        /// The force with this short name, full name (any it has used), slug, or name with another suffix ("Cheshire Police"),
        /// in any case and spacing, with "&amp;" for "and", a leading "the" and hyphens or spaces alike ("Dyfed Powys Police");
        /// <see langword="null"/> if none. <see cref="Force.FullName"/> is the full name that <paramref name="name"/> is a form of;
        /// for the short name, the name the force used in <paramref name="year"/> (its current name without a year).
        /// </summary>
        public static Force? Find(string name, int? year = null)
        {
            if (!ByKey.TryGetValue(KeyOf(name, out var hasEnding), out var found))
            {
                return null;
            }

            var force = All[found.Force];
            // A name without its ending ("Hampshire") is any year's: the full name is the one the force used that year.
            var fullName =
                hasEnding ? found.FullName
                : year is int inYear ? NameIn(Table[found.Force].Names, inYear)
                : null;
            return fullName is null ? force : force with { FullName = fullName };
        }

        /// <summary>Every full name <paramref name="force"/> has published under, oldest first; empty for a force not among the 43.</summary>
        public static IReadOnlyList<ForceName> NamesOf(Force force)
        {
            var index = IndexOf(force.Slug);
            return index < 0 ? Array.Empty<ForceName>() : Table[index].Names;
        }

        /// <summary>The full name <paramref name="force"/> used in <paramref name="year"/>.</summary>
        public static string? FullNameIn(Force force, int year) => NameIn(NamesOf(force), year);

        private static string? NameIn(IReadOnlyList<ForceName> names, int year) =>
            names.FirstOrDefault(n => (n.From ?? int.MinValue) <= year && year <= (n.Until ?? int.MaxValue))?.FullName;

        /// <summary>
        /// Every way of writing a force's name that <see cref="Find"/> knows (short and full names), longest first, so a text can
        /// be searched for the forces it names.
        /// </summary>
        internal static IReadOnlyList<(string Name, Force Force)> SearchNames =>
            searchNames ??= Table
                .SelectMany((f, i) => f.Names.Select(n => (n.FullName, All[i] with { FullName = n.FullName })).Append((f.Name, All[i])))
                .OrderByDescending(n => n.Item1.Length)
                .ToArray();

        // Built on first use: only pages that are not reports search their text for forces.
        private static (string, Force)[]? searchNames;

        /// <summary>
        /// What <see cref="Find"/> compares: the slug of a name with "&amp;" read as "and", without a leading "the" and without
        /// its "Constabulary", "Police" or "Police Service" ending: "Essex Police" and "Essex" both give <c>essex</c>.
        /// </summary>
        internal static string KeyOf(string name) => KeyOf(name, out _);

        private static string KeyOf(string name, out bool hasEnding)
        {
            var slug = Force.ToSlug(name.Replace("&", " and "));
            if (slug.StartsWith("the-", StringComparison.Ordinal))
            {
                slug = slug.Substring(4);
            }

            foreach (var suffix in Suffixes)
            {
                hasEnding = slug.EndsWith("-" + suffix, StringComparison.Ordinal);
                if (hasEnding)
                {
                    return slug.Substring(0, slug.Length - suffix.Length - 1);
                }
            }
            hasEnding = false;
            return slug;
        }

        /// <summary>The force whose short name is nearest to <paramref name="name"/> (at most three edits), for "did you mean".</summary>
        public static Force? Nearest(string name)
        {
            var nearest = Parsing.EditDistance.Nearest(name, All.Select(force => force.Name));
            return All.FirstOrDefault(force => force.Name == nearest);
        }

        private static ForceName[] Named(string fullName) => new[] { new ForceName(fullName) };

        private static int IndexOf(string slug)
        {
            for (var i = 0; i < All.Count; i++)
            {
                if (All[i].Slug == slug)
                {
                    return i;
                }
            }
            return -1;
        }

        private static Dictionary<string, (int, string)> BuildKeys()
        {
            var keys = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
            for (var i = 0; i < Table.Length; i++)
            {
                // The short name's key is its current name's; each other name's key is that name's.
                keys[KeyOf(Table[i].Name)] = (i, All[i].FullName!);
                foreach (var name in Table[i].Names)
                {
                    keys[KeyOf(name.FullName)] = (i, name.FullName);
                }
            }
            return keys;
        }
    }
}
