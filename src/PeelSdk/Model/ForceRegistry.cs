using System;
using System.Collections.Generic;
using System.Linq;

namespace PeelSdk
{
    /// <summary>The 43 territorial police forces of England and Wales: the short name PEEL pages use in their header, and the official name.</summary>
#if BUILDING_SOURCE_GENERATOR
    internal
#else
    public
#endif
    static class ForceRegistry
    {
        // Data, not code: short name as in "<short> PEEL <year>", official name as the reports write it.
        private static readonly (string Name, string OfficialName)[] Table =
        {
            ("Avon and Somerset", "Avon and Somerset Constabulary"),
            ("Bedfordshire", "Bedfordshire Police"),
            ("Cambridgeshire", "Cambridgeshire Constabulary"),
            ("Cheshire", "Cheshire Constabulary"),
            ("City of London", "City of London Police"),
            ("Cleveland", "Cleveland Police"),
            ("Cumbria", "Cumbria Constabulary"),
            ("Derbyshire", "Derbyshire Constabulary"),
            ("Devon and Cornwall", "Devon and Cornwall Police"),
            ("Dorset", "Dorset Police"),
            ("Durham", "Durham Constabulary"),
            ("Dyfed-Powys", "Dyfed-Powys Police"),
            ("Essex", "Essex Police"),
            ("Gloucestershire", "Gloucestershire Constabulary"),
            ("Greater Manchester", "Greater Manchester Police"),
            ("Gwent", "Gwent Police"),
            ("Hampshire", "Hampshire Constabulary"),
            ("Hertfordshire", "Hertfordshire Constabulary"),
            ("Humberside", "Humberside Police"),
            ("Kent", "Kent Police"),
            ("Lancashire", "Lancashire Constabulary"),
            ("Leicestershire", "Leicestershire Police"),
            ("Lincolnshire", "Lincolnshire Police"),
            ("Merseyside", "Merseyside Police"),
            ("Metropolitan", "Metropolitan Police Service"),
            ("Norfolk", "Norfolk Constabulary"),
            ("North Wales", "North Wales Police"),
            ("North Yorkshire", "North Yorkshire Police"),
            ("Northamptonshire", "Northamptonshire Police"),
            ("Northumbria", "Northumbria Police"),
            ("Nottinghamshire", "Nottinghamshire Police"),
            ("South Wales", "South Wales Police"),
            ("South Yorkshire", "South Yorkshire Police"),
            ("Staffordshire", "Staffordshire Police"),
            ("Suffolk", "Suffolk Constabulary"),
            ("Surrey", "Surrey Police"),
            ("Sussex", "Sussex Police"),
            ("Thames Valley", "Thames Valley Police"),
            ("Warwickshire", "Warwickshire Police"),
            ("West Mercia", "West Mercia Police"),
            ("West Midlands", "West Midlands Police"),
            ("West Yorkshire", "West Yorkshire Police"),
            ("Wiltshire", "Wiltshire Police"),
        };

        /// <summary>Every force, in alphabetical order of short name.</summary>
        public static IReadOnlyList<Force> All { get; } = Table.Select(f => new Force(f.Name, f.OfficialName, Force.ToSlug(f.Name))).ToArray();

        /// <summary>
        /// The force with this short name, official name, slug, or official name with another suffix
        /// ("Cheshire Police"), in any case and spacing; <see langword="null"/> if none.
        /// </summary>
        public static Force? Find(string name)
        {
            var slug = SlugOf(name);
            return All.FirstOrDefault(force => force.Slug == slug);
        }

        /// <summary>The slug of a force's name without its "Constabulary", "Police" or "Police Service" ending: "Essex Police" and "Essex" both give <c>essex</c>.</summary>
        internal static string SlugOf(string name)
        {
            var slug = Force.ToSlug(name);
            foreach (var suffix in Suffixes)
            {
                if (slug.EndsWith("-" + suffix, StringComparison.Ordinal)) return slug.Substring(0, slug.Length - suffix.Length - 1);
            }
            return slug;
        }

        /// <summary>The force whose short name is nearest to <paramref name="name"/> (at most three edits), for "did you mean".</summary>
        public static Force? Nearest(string name)
        {
            var nearest = Parsing.EditDistance.Nearest(name, All.Select(force => force.Name));
            return All.FirstOrDefault(force => force.Name == nearest);
        }

        // Longest first: "police-service" must not be cut as "police".
        private static readonly string[] Suffixes = { "police-service", "constabulary", "police" };
    }
}
