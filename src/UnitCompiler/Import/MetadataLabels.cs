namespace UnitCompiler.Import;

internal enum MetadataKind
{
    Other,
    Title,
    Reference,
    Level,
    Credit,
    GuidedLearningHours,
}

/// <summary>The wordings exports use for each metadata field, compared without case.</summary>
internal static class MetadataLabels
{
    public static MetadataKind Classify(string label) => label.Trim().ToLowerInvariant() switch
    {
        "unit title" or "title" or "unit name" => MetadataKind.Title,
        "unit reference number" or "unit reference" or "reference number" or "unit number" or "unit ref" or "ofqual unit reference" or "ofqual unit number" or "unit reference no" or "unit reference no." => MetadataKind.Reference,
        "level" or "unit level" or "rqf level" => MetadataKind.Level,
        "credit value" or "credit" or "credits" or "unit credit value" => MetadataKind.Credit,
        "minimum guided learning hours" or "guided learning hours" or "glh" or "guided learning hours (glh)" or "minimum guided learning hours (glh)" => MetadataKind.GuidedLearningHours,
        _ => MetadataKind.Other,
    };
}
