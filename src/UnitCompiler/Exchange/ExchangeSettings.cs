using System.Collections.Immutable;

namespace UnitCompiler.Exchange;

/// <summary>
/// The <c>exchange:</c> section of unitc.yaml: how CASE identifiers, URIs and dates are made and
/// which scale and taxonomy a Moodle framework gets.
/// </summary>
/// <param name="Namespace">The UUIDv5 namespace every CASE identifier is made in; change it once, before the first publication.</param>
/// <param name="BaseUri">What an identifier is appended to for its <c>uri</c>.</param>
/// <param name="Creator">The CFDocument's creator: the awarding body.</param>
/// <param name="Date">The lastChangeDateTime of a spec without a dated history.</param>
/// <param name="Scale">The Moodle scale every framework uses.</param>
/// <param name="Taxonomy">Moodle taxonomy terms for the levels below the framework: outcomes, criteria, sub-items.</param>
public sealed record ExchangeSettings(Guid Namespace, string BaseUri, string Creator, DateOnly? Date, MoodleScale Scale, ImmutableArray<string> Taxonomy)
{
    /// <summary>
    /// unitc's own namespace, UUIDv5 of "https://unitc.invalid/case" in the RFC's URL namespace; an
    /// awarding body that publishes should set its own, so two bodies' identifiers never collide.
    /// </summary>
    public static readonly Guid DefaultNamespace = new("99470ec5-8bf7-5e4e-974e-87f023871241");

    /// <summary>
    /// Moodle taxonomy terms for a qualification's framework: its units (top level), outcomes,
    /// criteria, sub-items. A unit there is a domain a learner's plan draws competencies from.
    /// </summary>
    public ImmutableArray<string> QualificationTaxonomy { get; init; } = ["domain", "outcome", "competency", "indicator"];

    public static ExchangeSettings Default { get; } = new(DefaultNamespace, "urn:uuid:", "unitc", null, MoodleScale.Standard, ["outcome", "competency", "indicator"]);
}
