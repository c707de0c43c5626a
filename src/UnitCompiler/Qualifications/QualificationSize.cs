namespace UnitCompiler.Qualifications;

/// <summary>The size word of a regulated qualification's title, which its total qualification time decides.</summary>
public static class QualificationSize
{
    private static readonly string[] Words = ["Award", "Certificate", "Diploma"];

    /// <summary>Award up to 120 hours of TQT, Certificate 121 to 369, Diploma 370 or more.</summary>
    public static string ForTqt(int tqt) => tqt <= 120 ? "Award" : tqt < 370 ? "Certificate" : "Diploma";

    /// <summary>The size word a title uses, or null when it uses none.</summary>
    public static string? InTitle(string title) =>
        Words.FirstOrDefault(w => title.Split([' ', '-', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries).Contains(w, StringComparer.OrdinalIgnoreCase));
}
